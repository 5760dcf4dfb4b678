package org.rightsdesk.cli;

import picocli.CommandLine.Command;

/**
 * {@code rightsdesk import incidents FILE…}: the same as {@code rightsdesk incidents import}, listed
 * under {@code import} so that everything that brings files in is found in one place.
 */
@Command(name = "incidents", description = "Import incidents from .csv or .json files (same as 'incidents import').")
class ImportIncidentsCommand extends IncidentsCommand.Import {
}

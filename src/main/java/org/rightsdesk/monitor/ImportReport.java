package org.rightsdesk.monitor;

import java.util.List;

/**
 * What importing one incident file did: how many incidents were added, how many were already on
 * file from an earlier run, or — when any row was wrong — the problems, one line each, and nothing written.
 */
public record ImportReport(String file, int imported, int alreadyOnFile, List<String> errors) {

    public boolean failed() {
        return !errors.isEmpty();
    }

    /** One line for the report. */
    public String summary() {
        if (failed()) {
            return file + ": not imported, " + errors.size() + (errors.size() == 1 ? " problem" : " problems") + " (nothing was written)";
        }
        return file + ": " + imported + " imported, " + alreadyOnFile + " already on file";
    }
}

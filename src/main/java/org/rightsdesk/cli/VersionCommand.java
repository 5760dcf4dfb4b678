package org.rightsdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rightsdesk version}: prints the version without starting anything. */
@Command(name = "version", description = "Print the Rightsdesk version.")
class VersionCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println("Rightsdesk " + version());
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionCommand.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String v = p.getProperty("rightsdesk.version", "unknown");
        return v.startsWith("@") ? "development" : v;
    }

    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Rightsdesk " + version()};
        }
    }
}

package org.rightsdesk.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.FlywayException;
import org.rightsdesk.RightsdeskApplication;
import org.rightsdesk.storage.DatabaseLocation;
import org.rightsdesk.storage.StoragePreflight;
import org.rightsdesk.storage.StorageProblem;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring context for a command: the web server for {@code serve}/{@code demo}, a
 * context without web server for data commands. Checks the data directory, database and port
 * first, so the common mistakes end in one plain sentence before anything is touched.
 */
final class Contexts {

    private Contexts() {
    }

    /** A context without a web server, for commands that read or change data. */
    static ConfigurableApplicationContext startTool(StorageOptions storage) {
        preflight(storage);
        SpringApplication app = new SpringApplication(RightsdeskApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(storage.properties());
        app.setLogStartupInfo(false);
        return run(app, storage.database());
    }

    /** Starts the web server; {@code extra} adds properties (port, address, demo mode). */
    static ConfigurableApplicationContext startServer(StorageOptions storage, String address, int port,
                                                      Map<String, Object> extra, boolean shutdownHook) {
        checkPort(address, port);
        preflight(storage);
        SpringApplication app = new SpringApplication(RightsdeskApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        Map<String, Object> props = new HashMap<>(storage.properties());
        props.put("server.port", port);
        props.put("server.address", address);
        props.putAll(extra);
        app.setDefaultProperties(props);
        app.setLogStartupInfo(false);
        app.setRegisterShutdownHook(shutdownHook);
        try {
            return run(app, storage.database());
        } catch (CommandProblem e) {
            if (e.getCause() instanceof PortInUseException) {
                throw new CommandProblem("Port " + port + " is already in use; choose another with --port");
            }
            throw e;
        }
    }

    /** The port the server actually listens on (differs from the requested one for --port 0). */
    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static void preflight(StorageOptions storage) {
        StoragePreflight.checkDataDirectory(storage.dataDir);
        StoragePreflight.checkDatabase(storage.database());
    }

    private static ConfigurableApplicationContext run(SpringApplication app, DatabaseLocation db) {
        try {
            return app.run();
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // ahead-of-time processing at build time: see Launcher
        } catch (RuntimeException e) {
            throw translate(e, db);
        }
    }

    private static RuntimeException translate(RuntimeException e, DatabaseLocation db) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException p) {
                return new CommandProblem("Port " + p.getPort() + " is already in use; choose another with --port", p);
            }
            if (t instanceof StorageProblem s) {
                return s;
            }
            if (t instanceof FlywayException f) {
                return new CommandProblem("Cannot bring " + db + " up to date: " + Launcher.firstLine(String.valueOf(f.getMessage())), f);
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : Launcher.firstLine(root.getMessage());
        return new CommandProblem("Rightsdesk could not start: " + message, e);
    }

    private static void checkPort(String address, int port) {
        if (port < 0 || port > 65535) {
            throw new UsageProblem("Port " + port + " is out of range (1–65535)");
        }
        if (port == 0) {
            return; // any free port
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (IOException e) {
            throw new CommandProblem("Port " + port + " on " + address + " is already in use or not available; choose another with --port");
        }
    }
}

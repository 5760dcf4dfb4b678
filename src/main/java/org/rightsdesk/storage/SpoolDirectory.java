package org.rightsdesk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code DATA/tmp}: the only place the server may spool anything to disk (multipart uploads are
 * configured to land in {@code DATA/tmp/uploads}, though they are held in memory up to the
 * upload limit and so never reach it). Private (0700), inside the private data directory; the
 * upload spool is emptied at every start, so nothing a crash left behind survives a restart.
 */
@Component
public class SpoolDirectory {

    private static final Logger log = LoggerFactory.getLogger(SpoolDirectory.class);

    private final Path root;

    SpoolDirectory(StorageSettings settings) {
        this.root = settings.dataDir().toAbsolutePath().normalize().resolve("tmp");
        create(root);
        int removed = empty(uploads());
        if (removed > 0) {
            log.info("Removed {} file(s) left in {} by an earlier run", removed, uploads());
        }
        create(uploads());
    }

    public Path root() {
        return root;
    }

    /** Where the servlet container would spool an upload (see spring.servlet.multipart.location). */
    public Path uploads() {
        return root.resolve("uploads");
    }

    private static int empty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int[] files = {0};
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    if (Files.isRegularFile(p)) {
                        files[0]++;
                    }
                    Files.delete(p);
                } catch (IOException e) {
                    log.warn("Cannot remove {} from the spool directory: {}", p, e.getClass().getSimpleName());
                }
            });
        } catch (IOException e) {
            throw new StorageProblem("Cannot empty the spool directory " + dir + ": " + e.getMessage());
        }
        return files[0];
    }

    private static void create(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // non-POSIX file systems rely on their own access control
        } catch (IOException e) {
            throw new StorageProblem("Cannot create the spool directory " + dir + ": " + e.getMessage());
        }
    }
}

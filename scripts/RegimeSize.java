import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.rightsdesk.regime.Assessment;
import org.rightsdesk.regime.RegimeEngine;
import org.rightsdesk.regime.RegimeJson;

/**
 * What one assessment of a big input costs inside a warm JVM, phase by phase: reading and
 * validating the JSON, assessing, and writing the JSON answer to a stream that discards it.
 * Prints the median of each phase over the runs and an upper bound of the peak heap (the sum of
 * each heap pool's peak during the run). Run by scripts/measure-regime-size.sh; not a test.
 * Usage: java -cp target/app/rightsdesk.jar scripts/RegimeSize.java RUNS FILE...
 */
public class RegimeSize {

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        RegimeEngine engine = new RegimeEngine();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap.add(pool);
            }
        }
        for (int f = 1; f < args.length; f++) {
            Path file = Path.of(args[f]);
            String json = Files.readString(file);
            List<Long> read = new ArrayList<>();
            List<Long> assess = new ArrayList<>();
            List<Long> write = new ArrayList<>();
            List<Long> total = new ArrayList<>();
            long peak = 0;
            for (int r = -3; r < runs; r++) { // three warm-up runs first
                System.gc();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                RegimeJson.Request request = RegimeJson.read(json);
                long t1 = System.nanoTime();
                Assessment a = engine.assess(request.facts(), request.on());
                long t2 = System.nanoTime();
                RegimeJson.write(a, OutputStream.nullOutputStream());
                long t3 = System.nanoTime();
                if (r >= 0) {
                    read.add(t1 - t0);
                    assess.add(t2 - t1);
                    write.add(t3 - t2);
                    total.add(t3 - t0);
                    peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
                }
            }
            System.out.printf("in-process %-16s read+validate %5d ms  assess %5d ms  write JSON %5d ms  total %5d ms"
                    + "  peak heap <= %4d MB (median of %d warm runs)%n", file.getFileName(), median(read), median(assess),
                    median(write), median(total), peak / (1024 * 1024), runs);
        }
    }

    static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }
}

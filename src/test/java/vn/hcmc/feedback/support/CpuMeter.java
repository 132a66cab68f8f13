package vn.hcmc.feedback.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a benchmark phase's CPU went, on Linux: this JVM (server and load generator together), the PostgreSQL
 * processes of this machine, and the whole machine (busy share of all cores, and the share spent waiting for I/O).
 * Outside Linux only the JVM's figure is known. A PostgreSQL process that ends during the phase (a connection
 * closed) is not counted; one that starts is counted whole.
 */
public final class CpuMeter {

    private static final double TICK_NANOS = 1e9 / 100; // USER_HZ is 100 on Linux

    private final long jvm;
    private final Map<Integer, Long> postgres;
    private final long[] machine;

    private CpuMeter(long jvm, Map<Integer, Long> postgres, long[] machine) {
        this.jvm = jvm;
        this.postgres = postgres;
        this.machine = machine;
    }

    public static CpuMeter start() {
        return new CpuMeter(jvmNanos(), postgresNanos(), machineTicks());
    }

    /** "JVM 1.20 ms + PostgreSQL 0.80 ms per call, machine 95% busy (iowait 1%)" for {@code calls} calls since start. */
    public String perCall(long calls) {
        long n = Math.max(1, calls);
        long[] now = machineTicks();
        String machineShare = "";
        if (now.length > 0 && machine.length > 0) {
            double total = 0;
            for (int i = 0; i < now.length; i++) {
                total += now[i] - machine[i];
            }
            double idle = now[3] - machine[3];
            double iowait = now[4] - machine[4];
            machineShare = String.format(Locale.ROOT, ", machine %.0f%% busy (iowait %.0f%%)",
                    100 * (total - idle - iowait) / Math.max(1, total), 100 * iowait / Math.max(1, total));
        }
        Map<Integer, Long> pg = postgresNanos();
        String postgresShare = "";
        if (pg != null && postgres != null) {
            long nanos = pg.entrySet().stream().mapToLong(e -> e.getValue() - postgres.getOrDefault(e.getKey(), 0L))
                    .sum();
            postgresShare = String.format(Locale.ROOT, " + PostgreSQL %.2f ms", nanos / 1e6 / n);
        }
        return String.format(Locale.ROOT, "CPU: JVM %.2f ms%s per call%s", (jvmNanos() - jvm) / 1e6 / n,
                postgresShare, machineShare);
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time (user + system) of every process named postgres by process id, or null where /proc cannot tell. */
    private static Map<Integer, Long> postgresNanos() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return null;
        }
        Map<Integer, Long> nanos = new HashMap<>();
        try (Stream<Path> entries = Files.list(proc)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(entry.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    if (open < 0 || close < 0 || !stat.substring(open + 1, close).equals("postgres")) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                    nanos.put(Integer.valueOf(name), (long) (ticks * TICK_NANOS));
                } catch (IOException | RuntimeException processEnded) {
                    // the process ended between listing and reading: its CPU is no longer counted anywhere
                }
            }
        } catch (IOException e) {
            return null;
        }
        return nanos;
    }

    /** user, nice, system, idle, iowait, irq, softirq, steal of all cores, or none where /proc cannot tell. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long[] ticks = new long[8];
            for (int i = 0; i < ticks.length; i++) {
                ticks[i] = Long.parseLong(fields[i + 1]);
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }
}

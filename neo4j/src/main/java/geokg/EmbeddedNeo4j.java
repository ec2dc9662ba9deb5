package geokg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * geokg's managed Neo4j: one embedded DBMS per home folder, reachable only over Bolt on loopback.
 *
 * <p>Usage: {@code EmbeddedNeo4j <homeDir> <port>}; the password for the {@code neo4j} user comes from the
 * environment variable {@code GEOKG_NEO4J_PASSWORD} (not an argument, so it does not show in {@code ps}).
 * Memory settings can be overridden with {@code GEOKG_NEO4J_PAGECACHE}, {@code GEOKG_NEO4J_TX_MAX} (all transactions
 * together, default half the heap) and {@code GEOKG_NEO4J_TX_ONE_MAX} (one transaction, default a quarter of it).
 *
 * <p>Prints {@code GEOKG_NEO4J_READY <uri> <version>} once the {@code neo4j} database answers a query; the
 * Node side waits for that line. SIGTERM runs the shutdown hook, which closes the stores cleanly.
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedNeo4j <homeDir> <port>  (password in GEOKG_NEO4J_PASSWORD)");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv("GEOKG_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("GEOKG_NEO4J_PASSWORD must be set to at least 8 characters");
            System.exit(2);
        }
        Files.createDirectories(home);

        long t0 = System.nanoTime();
        // Transaction memory sits well below the heap (issue 12): a query that collects or sorts too much
        // fails alone with a memory error instead of exhausting the heap every other thread shares.
        long heap = Runtime.getRuntime().maxMemory();
        long txTotal = sizeOr("GEOKG_NEO4J_TX_MAX", heap / 2);
        long txOne = Math.min(sizeOr("GEOKG_NEO4J_TX_ONE_MAX", heap / 4), txTotal);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Sized for a 2-core, 24 GiB machine that also runs Node and a browser: the heap is set by -Xmx,
                // the page cache and transaction memory explicitly (the default page cache is half of RAM).
                .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(env("GEOKG_NEO4J_PAGECACHE", "512m")))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txTotal)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txOne)
                // Timed-out transactions are noticed within 0.2 s instead of the default 2 s, so a query's
                // timeout ends it close to the time the client was promised.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
                // Settings without a public typed constant go through a properties file in the home folder.
                .loadPropertiesFromFile(writeConf(home))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("GEOKG_NEO4J_STOPPING");
            dbms.shutdown();
            System.out.println("GEOKG_NEO4J_STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "geokg-neo4j-shutdown"));

        watchOwner();
        setPassword(dbms.database("system"), password);

        GraphDatabaseService db = dbms.database("neo4j");
        db.executeTransactionally("RETURN 1");
        String version = db.executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                Map.of(),
                r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "unknown");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("GEOKG_NEO4J_READY bolt://127.0.0.1:" + port + " " + version + " " + ms + "ms");
        System.out.flush();
        watchHealth(db, stopped);
        stopped.await();
    }

    /** Sets the neo4j user's password; Neo4j refuses to "change" it to the same value, which is fine on restarts. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage()) + " " + String.valueOf(e.getCause());
            if (!msg.toLowerCase().contains("same")) throw e;
        }
    }

    private static Path writeConf(Path home) throws java.io.IOException {
        Path conf = home.resolve("conf").resolve("neo4j.conf");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, String.join("\n",
                "# written by geokg at every start",
                "dbms.usage_report.enabled=false",
                // Netty's graceful quiet period runs after the databases are closed and only added ~10 s to
                // every stop: Bolt has no connections left to drain by then.
                "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
                ""));
        return conf;
    }

    /** "512m" / "1g" / plain bytes → bytes. */
    static long bytes(String size) {
        String s = size.trim().toLowerCase();
        long unit = 1;
        char last = s.charAt(s.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        return Long.parseLong(s) * unit;
    }

    /**
     * Throwaway servers (the test harness) pass GEOKG_NEO4J_OWNER_PID: when that process dies without stopping
     * us (a killed test run), exit through the shutdown hook instead of lingering.
     */
    private static void watchOwner() {
        String owner = System.getenv("GEOKG_NEO4J_OWNER_PID");
        if (owner == null || owner.isBlank()) return;
        long pid = Long.parseLong(owner.trim());
        Thread t = new Thread(() -> {
            while (true) {
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == false) {
                    System.out.println("GEOKG_NEO4J_OWNER_GONE " + pid);
                    System.exit(0);
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "geokg-owner-watch");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The JVM no longer exits on OutOfMemoryError (a query building a huge value outside the memory tracker
     * must fail alone, not take the server down). If an OutOfMemoryError or anything else ever leaves the
     * database unavailable for good (a "panic"), exit instead of serving errors: whoever runs the server
     * (geokg serve/start) restarts it.
     */
    private static void watchHealth(GraphDatabaseService db, CountDownLatch stopped) {
        Thread t = new Thread(() -> {
            int failures = 0;
            while (stopped.getCount() > 0) {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    return;
                }
                failures = db.isAvailable(2000) || stopped.getCount() == 0 ? 0 : failures + 1;
                if (failures >= 3) {
                    System.out.println("GEOKG_NEO4J_UNHEALTHY database unavailable for 15 s; exiting");
                    System.out.flush();
                    System.exit(70);
                }
            }
        }, "geokg-health-watch");
        t.setDaemon(true);
        t.start();
    }

    private static long sizeOr(String name, long fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : bytes(v);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

}

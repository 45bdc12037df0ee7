// Starts an embedded Neo4j Community DBMS with only the Bolt connector, for development and tests.
// Run with the JDK's single-file source launcher (no compile step):
//   java --add-opens=... -cp 'lib/*' Launcher.java --home <dir> --port <port> [--pagecache 256m]
//        [--tx-memory 1g] [--throwaway true] [--exit-on-stdin-eof false] [--host 127.0.0.1]
// Prints exactly one line "KHABAR_NEO4J_READY bolt://127.0.0.1:<port>" on stdout when the default
// database is available; everything else goes to stderr or the store's logs.
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path home = Path.of(require(opts, "home")).toAbsolutePath();
        int port = Integer.parseInt(require(opts, "port"));
        String host = opts.getOrDefault("host", "127.0.0.1");
        long pagecache = parseBytes(opts.getOrDefault("pagecache", "512m"));
        long txMax = parseBytes(opts.getOrDefault("tx-memory", "1g"));
        boolean throwaway = Boolean.parseBoolean(opts.getOrDefault("throwaway", "false"));

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMax)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
                // A throwaway test store never needs 250 MB of pre-allocated transaction log.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, !throwaway)
                // Bolt otherwise waits 5 s + 5 s for idle connections and its thread pool at shutdown,
                // after the store is already checkpointed; a developer's Ctrl-C should not wait 10 s.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        // SIGTERM and SIGINT both run shutdown hooks: the store is closed cleanly and needs no recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("neo4j-local: shutting down");
            dbms.shutdown();
            System.err.println("neo4j-local: stopped");
        }, "neo4j-local-shutdown"));

        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(120_000)) {
            System.err.println("neo4j-local: database did not become available within 120 s");
            System.exit(3);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.err.println("neo4j-local: available after " + ms + " ms, store " + home);
        System.out.println("KHABAR_NEO4J_READY bolt://" + host + ":" + port);
        System.out.flush();
        if (Boolean.parseBoolean(opts.getOrDefault("exit-on-stdin-eof", "true"))) {
            // The parent keeps our stdin open; when it dies (even by SIGKILL) the pipe closes and we
            // stop too, so no orphaned DBMS keeps the store locked.
            try {
                while (System.in.read() != -1) { /* ignore input */ }
            } catch (java.io.IOException ignored) {
                // closed
            }
            System.err.println("neo4j-local: parent closed stdin");
            System.exit(0);
        }
        Thread.currentThread().join();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("bad argument '" + args[i] + "'; expected --name value pairs");
            }
            out.put(args[i].substring(2), args[++i]);
        }
        return out;
    }

    private static String require(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null || v.isBlank()) fail("missing --" + name);
        return v;
    }

    private static long parseBytes(String v) {
        String s = v.trim().toLowerCase();
        long unit = 1;
        if (s.endsWith("g")) { unit = ByteUnit.gibiBytes(1); s = s.substring(0, s.length() - 1); }
        else if (s.endsWith("m")) { unit = ByteUnit.mebiBytes(1); s = s.substring(0, s.length() - 1); }
        else if (s.endsWith("k")) { unit = ByteUnit.kibiBytes(1); s = s.substring(0, s.length() - 1); }
        return Long.parseLong(s) * unit;
    }

    private static void fail(String msg) {
        System.err.println("neo4j-local: " + msg);
        System.exit(2);
    }
}

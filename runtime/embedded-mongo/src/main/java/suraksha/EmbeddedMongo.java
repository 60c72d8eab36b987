package suraksha;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The embedded MongoDB-compatible server of the Suraksha runtime: mongo-java-server with its H2 (MVStore) backend,
 * in memory or persisted to one file.
 *
 * <pre>
 * java -jar embedded-mongo.jar [--port N] [--host 127.0.0.1] [--file PATH] [--wire-version N] [--worker-threads N]
 *                               [--no-stdin-watch]
 * </pre>
 *
 * One worker thread by default: the backend locks each collection while it runs an operation, but it hands back
 * its stored document objects, which the network thread encodes after the lock is released. With several worker
 * threads a concurrent update of the same document can change one before it is encoded, so findAndModify with
 * {@code $inc} returned the same counter value twice (seen with 50 concurrent increments). With a single worker
 * thread every request is handled and its reply encoded before the next one starts.
 *
 * Prints exactly one line, {@code LISTENING <port>}, to stdout once it accepts connections; everything else goes to
 * stderr. Shuts down cleanly (connections closed, MVStore flushed and closed) on SIGTERM/SIGINT and when its stdin
 * reaches end of file, so that it dies with the parent that holds the other end of the pipe.
 */
public final class EmbeddedMongo {

    /**
     * The server version reported in hello/buildInfo. mongo-java-server 1.47's newest built-in version (MONGO_5_0)
     * reports maxWireVersion 8, but the MongoDB Node driver 7 (mongoose 9) refuses servers below wire version 9
     * (MongoDB 4.4). Only the reported numbers change; the server's behaviour does not depend on them.
     */
    private record ReportedVersion(List<Integer> versionArray, int wireVersion) implements MongoVersion {
        @Override
        public List<Integer> getVersionArray() {
            return versionArray;
        }

        @Override
        public int getWireVersion() {
            return wireVersion;
        }
    }

    private EmbeddedMongo() {
    }

    public static void main(String[] args) throws InterruptedException {
        // slf4j-simple writes to stderr; keep it quiet unless asked (-Dorg.slf4j.simpleLogger.defaultLogLevel=info).
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int port = 0;
        String host = "127.0.0.1";
        String file = null;
        int wireVersion = 9;
        int workerThreads = 1;
        boolean watchStdin = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, arg));
                case "--host" -> host = value(args, ++i, arg);
                case "--file" -> file = value(args, ++i, arg);
                case "--wire-version" -> wireVersion = Integer.parseInt(value(args, ++i, arg));
                case "--worker-threads" -> workerThreads = Integer.parseInt(value(args, ++i, arg));
                case "--no-stdin-watch" -> watchStdin = false;
                default -> fail("unknown argument: " + arg);
            }
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            fail("the embedded database binds to loopback only (127.0.0.1, localhost or ::1), not " + host);
        }

        H2Backend backend;
        if (file == null) {
            backend = H2Backend.inMemory();
        } else {
            File parent = new File(file).getAbsoluteFile().getParentFile();
            if (parent != null && !parent.isDirectory() && !parent.mkdirs()) {
                fail("cannot create directory " + parent);
            }
            backend = new H2Backend(file);
        }
        backend.version(new ReportedVersion(wireVersion >= 9 ? List.of(4, 4, 0) : List.of(4, 2, 0), wireVersion));

        MongoServer server = new MongoServer(backend);
        try {
            server.bind(new InetSocketAddress(host, port), 1, workerThreads);
        } catch (RuntimeException e) {
            backend.close();
            fail("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean(false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopping.compareAndSet(false, true)) {
                try {
                    // Closes client connections, stops the event loops and closes the backend (MVStore.close()
                    // writes all pending changes to the file).
                    server.shutdownNow();
                } catch (RuntimeException e) {
                    System.err.println("embedded-mongo: error while shutting down: " + e);
                } finally {
                    stopped.countDown();
                }
            }
        }, "embedded-mongo-shutdown"));

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    byte[] buffer = new byte[256];
                    while (in.read(buffer) >= 0) {
                        // Input is ignored; only its end matters.
                    }
                } catch (IOException e) {
                    // A broken pipe means the parent is gone too.
                }
                System.exit(0);
            }, "embedded-mongo-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        System.out.println("LISTENING " + server.getLocalAddress().getPort());
        System.out.flush();
        stopped.await();
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            fail(name + " needs a value");
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println("embedded-mongo: " + message);
        System.exit(2);
    }
}

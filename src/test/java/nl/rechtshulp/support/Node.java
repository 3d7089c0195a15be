package nl.rechtshulp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One application node: the packaged jar started with {@code java -jar} on its own port, as in production. */
public final class Node implements AutoCloseable {

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private Process process;

    private Node(String name, int port, List<String> command, Path log) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.log = log;
    }

    /** A node on PostgreSQL, with the demo accounts. */
    public static Node of(String name, String databaseUrl, String... properties) {
        List<String> settings = new ArrayList<>(List.of("--spring.profiles.active=postgres,demo", "--RH_DB_URL=" + databaseUrl));
        settings.addAll(List.of(properties));
        return withSettings(name, settings);
    }

    /** A node on an H2 file database (the embedded default), with the demo accounts. */
    public static Node onH2(String name, Path databaseFile, String... properties) {
        List<String> settings = new ArrayList<>(List.of("--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:" + databaseFile.toAbsolutePath()));
        settings.addAll(List.of(properties));
        return withSettings(name, settings);
    }

    private static Node withSettings(String name, List<String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        // -Drh.node.jvm="-XX:StartFlightRecording=..." profiles the nodes a benchmark starts.
        String jvm = System.getProperty("rh.node.jvm", "");
        if (!jvm.isBlank()) {
            command.addAll(List.of(jvm.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
        command.addAll(settings);
        return new Node(name, port, command, Path.of("target/cluster", name + ".log").toAbsolutePath());
    }

    /** CPU time the node's process has used so far. */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    public Node start() {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "== " + String.join(" ", command) + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until readiness answers UP; fails with the node's log location when it does not come up. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }

    /** SIGKILL: no shutdown hooks, no graceful end, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private static Path jar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("rechtshulp-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("package the jar first (mvn package)"))
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

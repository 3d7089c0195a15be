import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for the product (rechtshulp) over its own API and the engine's REST API, the way the product's own
 * {@code LifecycleDriver} drives it. JDK only; run it with {@code java ProductDriver.java [options]}. Same options,
 * phases, metrics and RESULT line as {@code Driver.java}.
 *
 * <p>One request = {@code POST /api/requests} as ircamsterdam (a German incoming MLA request, the body of the
 * product's {@code IncomingRequests.fromGermany()}), then until the request is CLOSED: {@code GET /api/requests/{ref}}
 * as coordinator, check that there is exactly one open task with the expected task key, and
 * {@code POST /engine-rest/task/{id}/complete} with that task's form values as the task's user. Engine write
 * transactions per request: 7 (1 register + 6 completes); HTTP calls per request: 14 (1 register + 7 status reads
 * + 6 completes). Every user has one HTTP client with its own cookie manager, shared by all driver threads, so the
 * login is kept in the session (HTTP Basic is sent on every call too, as the product's {@code ApiClient.withSession}).
 *
 * <pre>
 * Options (defaults in brackets):
 *   --url URL            the app's root URL (a trailing /engine-rest is dropped) [http://127.0.0.1:8080]
 *   --requests N         requests per measured phase [1000]
 *   --threads T[,T...]   threads of each measured phase, run one after the other in this JVM [1]
 *   --warmup N           warm-up requests before the measured phases, not reported as a result [0]
 *   --warmup-threads T   threads of the warm-up [4]
 *   --user U --password P   the administrator, used only for the engine history count [admin / admin]
 *   --demo-password P    password of the demo users (ircamsterdam, coordinator, politie) [demo]
 *   --pid PID            the server's PID on this machine: report its CPU ms per request (from /proc) [none]
 *   --self-check true|false  3 extra requests first, checked end to end [true]
 *   --key KEY            process definition key [IncomingMlaRequestProcess]
 * </pre>
 *
 * Check per phase: the register's count of CLOSED requests (GET /api/requests?phase=CLOSED&amp;size=1, totalItems,
 * as coordinator) and the engine's count of finished instances (GET /engine-rest/history/process-instance/count,
 * as admin) must both grow by exactly the number of requests, with zero failed calls. Exit status 0 only then.
 */
public class ProductDriver {
  static final String[] STEPS = {"Task_CheckCompleteness", "Task_AssignCompetentAuthority",
      "Task_AssessLegalConditions", "Task_ExecuteMeasures", "Task_HandOverResults", "Task_CloseRequest"};
  /** Who completes each step (LifecycleDriver.WORKER). */
  static final String[] WORKERS = {"ircamsterdam", "coordinator", "ircamsterdam", "politie", "ircamsterdam", "ircamsterdam"};
  /** The form values of each step (LifecycleDriver.VALUES), as the engine's REST API takes them. */
  static final String[] VALUES = {
      vars("requestComplete", "true"),
      vars("owningIrc", "ircAmsterdam", "officerOfJustice", "mr. Jansen", "executingService", "politie"),
      vars("assistanceGranted", "true", "reason", "Geen weigeringsgronden"),
      vars("executionResult", "FULLY_EXECUTED", "executedOn", "2026-11-20", "resultsSummary", "Getuige gehoord"),
      vars("handedOverOn", "2026-11-21", "handOverChannel", "DIRECT"),
      vars("complaintLodged", "false", "closingNote", "Afgerond")};
  static final String REGISTRAR = "ircamsterdam";
  static final String READER = "coordinator";
  static final String[] PHASES = {"INTAKE", "COORDINATION", "ANALYSIS", "FOLLOW_UP", "CLOSED"};
  static final int WRITE_TX_PER_REQUEST = 1 + STEPS.length;
  static final int HTTP_CALLS_PER_REQUEST = 1 + 2 * STEPS.length + 1;

  final String base;
  final String key;
  final String adminUser;
  final String adminPassword;
  final String demoPassword;
  final Map<String, Client> clients = new ConcurrentHashMap<>();
  final AtomicInteger seq = new AtomicInteger(1);
  final AtomicLong errors = new AtomicLong();
  final AtomicLong newSessions = new AtomicLong();
  final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

  /** One user: its own HTTP client and cookie store (the session), shared by all threads. */
  static final class Client {
    final String user;
    final String authHeader;
    final HttpClient http;

    Client(String user, String password) {
      this.user = user;
      this.authHeader = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      this.http = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // Tomcat speaks HTTP/1.1 here; avoid the h2c upgrade attempt
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(10))
          .build();
    }
  }

  ProductDriver(String base, String key, String adminUser, String adminPassword, String demoPassword) {
    String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    if (b.endsWith("/engine-rest")) b = b.substring(0, b.length() - "/engine-rest".length());
    this.base = b;
    this.key = key;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
    this.demoPassword = demoPassword;
  }

  public static void main(String[] args) throws Exception {
    String url = "http://127.0.0.1:8080";
    int requests = 1000;
    int[] threads = {1};
    int warmup = 0;
    int warmupThreads = 4;
    String user = "admin";
    String password = "admin";
    String demoPassword = "demo";
    long pid = -1;
    boolean selfCheck = true;
    String key = "IncomingMlaRequestProcess";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--url": url = v; i++; break;
        case "--requests": requests = Integer.parseInt(v); i++; break;
        case "--threads": threads = Arrays.stream(v.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray(); i++; break;
        case "--warmup": warmup = Integer.parseInt(v); i++; break;
        case "--warmup-threads": warmupThreads = Integer.parseInt(v); i++; break;
        case "--user": user = v; i++; break;
        case "--password": password = v; i++; break;
        case "--demo-password": demoPassword = v; i++; break;
        case "--pid": pid = Long.parseLong(v); i++; break;
        case "--self-check": selfCheck = Boolean.parseBoolean(v); i++; break;
        case "--key": key = v; i++; break;
        case "-h": case "--help":
          System.out.println("java ProductDriver.java [--url URL] [--requests N] [--threads T[,T..]] [--warmup N] "
              + "[--warmup-threads T] [--user ADMIN] [--password P] [--demo-password P] [--pid PID] "
              + "[--self-check true|false] [--key KEY]");
          return;
        default: throw new IllegalArgumentException("unknown option " + a);
      }
    }
    ProductDriver d = new ProductDriver(url, key, user, password, demoPassword);
    boolean ok = true;
    System.out.printf("product driver: url=%s key=%s requests=%d threads=%s warmup=%d (on %d threads) server-pid=%s%n",
        d.base, key, requests, Arrays.toString(threads), warmup, warmupThreads, pid < 0 ? "-" : Long.toString(pid));
    if (selfCheck) ok &= d.selfCheck();
    if (warmup > 0) ok &= d.phase("warmup", warmupThreads, warmup, pid);
    for (int t : threads) ok &= d.phase("t" + t, t, requests, pid);
    System.out.println(ok ? "ALL CHECKS OK" : "CHECKS FAILED");
    System.exit(ok ? 0 : 1);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // one request

  /** Per-thread latency buffers: register (start), complete, status read (query). */
  static final class Lat {
    long[] start, complete, query;
    int ns, nc, nq;

    Lat(int requests) {
      start = new long[Math.max(1, requests)];
      complete = new long[Math.max(1, requests * STEPS.length)];
      query = new long[Math.max(1, requests * (STEPS.length + 1))];
    }

    static long[] add(long[] a, int n, long v) {
      if (n == a.length) a = Arrays.copyOf(a, a.length * 2);
      a[n] = v;
      return a;
    }
  }

  /**
   * The product's IncomingRequests.fromDenmark() with the foreign reference of its benchmark: the incoming MLA
   * process with the same six steps as before. A German request is now a European Investigation Order, with an
   * acknowledgement step and its own decision form, so it no longer measures the same lifecycle.
   */
  static String danishRequest() {
    return "{\"foreignReference\":\"DK-BENCH-" + UUID.randomUUID() + "\",\"requestingState\":\"DK\","
        + "\"requestingAuthority\":\"Anklagemyndigheden K\u00f8benhavn\",\"urgency\":\"NORMAL\","
        + "\"summaryOfFacts\":\"Proceeds of cocaine trafficking laundered through real estate in Dubai\","
        + "\"offences\":\"witwassen, art. 420bis Sr\",\"offenceCategory\":\"DRUG_TRAFFICKING\","
        + "\"executionRegion\":\"AMSTERDAM\","
        + "\"measures\":[{\"description\":\"Witness hearing\",\"coercive\":false}],"
        + "\"persons\":[{\"role\":\"SUSPECT\",\"fullName\":\"Person " + UUID.randomUUID() + "\",\"nationality\":\"NL\"}]}";
  }

  /** Runs request {@code s} end to end; returns the request's reference, or null after an error (counted). */
  String request(int s, Lat lat) {
    try {
      long t0 = System.nanoTime();
      HttpResponse<String> r = call(REGISTRAR, "POST", "/api/requests", danishRequest());
      long t1 = System.nanoTime();
      if (r.statusCode() != 201) return fail(s, "register", r);
      if (lat != null) lat.start = Lat.add(lat.start, lat.ns++, t1 - t0);
      String ref = str(obj(Json.parse(r.body())).get("reference"));
      if (ref == null) return fail(s, "register: no reference in " + r.body(), null);
      for (int k = 0; k <= STEPS.length; k++) {
        t0 = System.nanoTime();
        r = call(READER, "GET", "/api/requests/" + ref, null);
        t1 = System.nanoTime();
        if (r.statusCode() != 200) return fail(s, ref + " status read", r);
        if (lat != null) lat.query = Lat.add(lat.query, lat.nq++, t1 - t0);
        Map<String, Object> view = obj(Json.parse(r.body()));
        String phase = str(view.get("phase"));
        List<Object> open = list(view.get("openTasks"));
        if (k == STEPS.length) {
          if (!"CLOSED".equals(phase) || !open.isEmpty()) {
            return fail(s, ref + ": expected CLOSED without open tasks after " + STEPS.length + " completes, got " + phase
                + " with " + open.size() + " open task(s)", null);
          }
          return ref;
        }
        if (open.size() != 1) {
          return fail(s, ref + ": expected exactly 1 open task at " + STEPS[k] + " (phase " + phase + "), got "
              + open.size() + ": " + abbreviate(r.body()), null);
        }
        Map<String, Object> task = obj(open.get(0));
        String taskKey = str(task.get("taskKey"));
        String taskId = str(task.get("id"));
        if (!STEPS[k].equals(taskKey)) return fail(s, ref + ": expected task " + STEPS[k] + ", got " + taskKey, null);
        if (taskId == null) return fail(s, ref + ": task without id: " + abbreviate(r.body()), null);
        t0 = System.nanoTime();
        r = call(WORKERS[k], "POST", "/engine-rest/task/" + taskId + "/complete", VALUES[k]);
        t1 = System.nanoTime();
        if (r.statusCode() != 204 && r.statusCode() != 200) return fail(s, ref + " complete " + STEPS[k] + " as " + WORKERS[k], r);
        if (lat != null) lat.complete = Lat.add(lat.complete, lat.nc++, t1 - t0);
      }
      return fail(s, "unreachable", null);
    } catch (IOException | RuntimeException e) {
      return fail(s, e.toString(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail(s, "interrupted", null);
    }
  }

  String fail(int s, String what, HttpResponse<String> r) {
    errors.incrementAndGet();
    if (errorSamples.size() < 10) {
      errorSamples.add("request " + s + ": " + what + (r == null ? "" : " -> HTTP " + r.statusCode() + " " + abbreviate(r.body())));
    }
    return null;
  }

  static String abbreviate(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  Client client(String user) {
    return clients.computeIfAbsent(user, u -> new Client(u, u.equals(adminUser) ? adminPassword : demoPassword));
  }

  HttpResponse<String> call(String user, String method, String path, String json) throws IOException, InterruptedException {
    Client c = client(user);
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", c.authHeader)
        .header("Accept", "application/json, application/problem+json");
    if (json != null) {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r = c.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    for (String cookie : r.headers().allValues("Set-Cookie")) {
      if (cookie.startsWith("JSESSIONID=")) newSessions.incrementAndGet();
    }
    return r;
  }

  /** {closed requests in the register, finished instances in the engine's history}. */
  long[] closedCounts() throws IOException, InterruptedException {
    HttpResponse<String> r = call(READER, "GET", "/api/requests?phase=CLOSED&size=1", null);
    if (r.statusCode() != 200) throw new IOException("closed requests: HTTP " + r.statusCode() + " " + r.body());
    Object total = obj(Json.parse(r.body())).get("totalItems");
    if (!(total instanceof BigDecimal)) throw new IOException("closed requests: " + abbreviate(r.body()));
    HttpResponse<String> h = call(adminUser, "GET",
        "/engine-rest/history/process-instance/count?finished=true&processDefinitionKey=" + key, null);
    if (h.statusCode() != 200) throw new IOException("history count: HTTP " + h.statusCode() + " " + h.body());
    Object count = obj(Json.parse(h.body())).get("count");
    if (!(count instanceof BigDecimal)) throw new IOException("history count: " + h.body());
    return new long[] {((BigDecimal) total).longValueExact(), ((BigDecimal) count).longValueExact()};
  }

  // ---------------------------------------------------------------------------------------------------------------
  // phases

  /**
   * Three requests end to end; each must be CLOSED with outcome EXECUTED on the direct route with a legal basis,
   * have passed through every phase in order, and its engine instance must be COMPLETED.
   */
  boolean selfCheck() throws Exception {
    long[] before = closedCounts();
    boolean ok = true;
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < 3; c++) {
      String ref = request(seq.getAndIncrement(), null);
      if (ref == null) {
        ok = false;
        continue;
      }
      Map<String, Object> view = obj(Json.parse(call(READER, "GET", "/api/requests/" + ref, null).body()));
      List<String> phases = new ArrayList<>();
      for (Object e : list(view.get("phaseHistory"))) {
        String p = str(obj(e).get("phase"));
        if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(p)) phases.add(p);
      }
      HttpResponse<String> h = call(adminUser, "GET", "/engine-rest/history/process-instance?processDefinitionKey=" + key
          + "&processInstanceBusinessKey=" + ref, null);
      List<Object> instances = h.statusCode() == 200 ? list(Json.parse(h.body())) : List.of();
      String state = instances.size() == 1 ? str(obj(instances.get(0)).get("state")) : instances.size() + " instances";
      String outcome = str(view.get("outcome")), route = str(view.get("route")), basis = str(view.get("legalBasis"));
      boolean good = "CLOSED".equals(str(view.get("phase"))) && "EXECUTED".equals(outcome) && "DIRECT".equals(route)
          && basis != null && !basis.isBlank() && phases.equals(Arrays.asList(PHASES)) && "COMPLETED".equals(state);
      sb.append(String.format(" %s: %s/%s/%s, basis %s, phases %s, engine %s%s;", ref, str(view.get("phase")), outcome,
          route, basis, String.join(">", phases), state, good ? "" : " (WRONG)"));
      ok &= good;
    }
    long[] after = closedCounts();
    ok &= after[0] - before[0] == 3 && after[1] - before[1] == 3 && errors.get() == 0;
    System.out.printf("self-check:%s closed %d -> %d, engine finished %d -> %d, sessions %d (one per user: %s): %s%n",
        sb, before[0], after[0], before[1], after[1], newSessions.get(), String.join(", ", clients.keySet()),
        ok ? "OK" : "FAILED");
    printErrors();
    return ok;
  }

  boolean phase(String name, int threads, int requests, long pid) throws Exception {
    long[] closedBefore = closedCounts();
    long errorsBefore = errors.get();
    long sessionsBefore = newSessions.get();
    double load = loadAverage();
    long serverCpuBefore = pid > 0 ? cpuTicks(pid) : -1;
    long driverCpuBefore = driverCpuNanos();
    long[] machineBefore = machineTicks();
    AtomicInteger next = new AtomicInteger();
    List<Lat> lats = new ArrayList<>();
    List<Thread> ts = new ArrayList<>();
    int perThread = requests / threads + 1;
    long t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Lat lat = new Lat(perThread);
      lats.add(lat);
      Thread th = new Thread(() -> {
        while (next.getAndIncrement() < requests) request(seq.getAndIncrement(), lat);
      }, name + "-" + t);
      ts.add(th);
      th.start();
    }
    for (Thread th : ts) th.join();
    double secs = (System.nanoTime() - t0) / 1e9;
    long serverCpuAfter = pid > 0 ? cpuTicks(pid) : -1;
    long driverCpuAfter = driverCpuNanos();
    long[] machineAfter = machineTicks();
    double machineBusy = machineBefore == null || machineAfter == null ? Double.NaN
        : 100.0 * (machineAfter[0] - machineBefore[0]) / Math.max(1, machineAfter[1] - machineBefore[1]);
    long sessions = newSessions.get() - sessionsBefore;
    long[] closedAfter = closedCounts();
    long errs = errors.get() - errorsBefore;
    long delta = closedAfter[0] - closedBefore[0];
    long engineDelta = closedAfter[1] - closedBefore[1];
    boolean ok = errs == 0 && delta == requests && engineDelta == requests;

    long[] start = merge(lats, 0), complete = merge(lats, 1), query = merge(lats, 2);
    long httpCalls = start.length + complete.length + query.length;
    double reqS = requests / secs;
    double serverCpuMs = serverCpuBefore >= 0 && serverCpuAfter >= 0
        ? (serverCpuAfter - serverCpuBefore) * 1000.0 / CLK_TCK / requests : Double.NaN;
    double driverCpuMs = (driverCpuAfter - driverCpuBefore) / 1e6 / requests;

    System.out.printf("%n== %s: %d requests on %d thread(s), %.1f s (1-min load avg at start %.2f) ==%n",
        name, requests, threads, secs, load);
    System.out.printf("  requests/s               %8.1f%n", reqS);
    System.out.printf("  engine write tx/s        %8.1f   (%d per request: 1 register + %d completes)%n",
        reqS * WRITE_TX_PER_REQUEST, WRITE_TX_PER_REQUEST, STEPS.length);
    System.out.printf("  HTTP calls/s             %8.1f   (%d calls)%n", httpCalls / secs, httpCalls);
    System.out.printf("  register ms  p50 %7.2f  p95 %7.2f  p99 %7.2f  (n=%d)%n", pct(start, 50), pct(start, 95), pct(start, 99), start.length);
    System.out.printf("  complete ms  p50 %7.2f  p95 %7.2f  p99 %7.2f  (n=%d)%n", pct(complete, 50), pct(complete, 95), pct(complete, 99), complete.length);
    System.out.printf("  status GET   p50 %7.2f  p95 %7.2f  p99 %7.2f  (n=%d)%n", pct(query, 50), pct(query, 95), pct(query, 99), query.length);
    if (pid > 0) {
      System.out.printf("  server CPU ms/request    %8.2f   (%.2f per write tx)%n", serverCpuMs, serverCpuMs / WRITE_TX_PER_REQUEST);
    }
    System.out.printf("  driver CPU ms/request    %8.2f%n", driverCpuMs);
    System.out.printf("  machine CPU busy         %8.1f %% of %d cores (everything on the box)%n",
        machineBusy, Runtime.getRuntime().availableProcessors());
    System.out.printf("  new sessions %d (0 once every user has logged in: the session cookie is reused)%n", sessions);
    System.out.printf("  errors %d; closed requests %d -> %d (+%d), engine finished %d -> %d (+%d), expected +%d: %s%n",
        errs, closedBefore[0], closedAfter[0], delta, closedBefore[1], closedAfter[1], engineDelta, requests,
        ok ? "OK" : "FAILED");
    printErrors();
    System.out.printf(Locale.ROOT,
        "RESULT\tphase=%s\tthreads=%d\trequests=%d\tseconds=%.3f\treq_s=%.2f\ttx_s=%.2f\thttp_s=%.2f"
            + "\tstart_p50_ms=%.3f\tstart_p95_ms=%.3f\tstart_p99_ms=%.3f"
            + "\tcomplete_p50_ms=%.3f\tcomplete_p95_ms=%.3f\tcomplete_p99_ms=%.3f"
            + "\ttaskget_p50_ms=%.3f\ttaskget_p95_ms=%.3f\ttaskget_p99_ms=%.3f"
            + "\tserver_cpu_ms_per_req=%.3f\tdriver_cpu_ms_per_req=%.3f\tmachine_busy_pct=%.1f\tload_avg=%.2f"
            + "\terrors=%d\tfinished_delta=%d\tfinished_ok=%d"
            + "\ttx_per_req=%d\thttp_per_req=%d\tengine_finished_delta=%d\tnew_sessions=%d%n",
        name, threads, requests, secs, reqS, reqS * WRITE_TX_PER_REQUEST, httpCalls / secs,
        pct(start, 50), pct(start, 95), pct(start, 99),
        pct(complete, 50), pct(complete, 95), pct(complete, 99),
        pct(query, 50), pct(query, 95), pct(query, 99),
        serverCpuMs, driverCpuMs, machineBusy, load, errs, delta, ok ? 1 : 0,
        WRITE_TX_PER_REQUEST, HTTP_CALLS_PER_REQUEST, engineDelta, sessions);
    return ok;
  }

  void printErrors() {
    for (String e; (e = errorSamples.poll()) != null; ) System.out.println("  ERROR " + e);
  }

  static long[] merge(List<Lat> lats, int which) {
    int n = 0;
    for (Lat l : lats) n += which == 0 ? l.ns : which == 1 ? l.nc : l.nq;
    long[] all = new long[n];
    int i = 0;
    for (Lat l : lats) {
      long[] a = which == 0 ? l.start : which == 1 ? l.complete : l.query;
      int len = which == 0 ? l.ns : which == 1 ? l.nc : l.nq;
      System.arraycopy(a, 0, all, i, len);
      i += len;
    }
    Arrays.sort(all);
    return all;
  }

  /** Nearest-rank percentile of sorted nanoseconds, in ms. */
  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) return Double.NaN;
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CPU and load, Linux only (NaN / -1 elsewhere); the same as Driver.java

  static final long CLK_TCK = 100; // USER_HZ on Linux

  static long cpuTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime (fields 14 and 15)
    } catch (Exception e) {
      return -1;
    }
  }

  static long driverCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    }
    return 0;
  }

  /** {busy, total} jiffies of all CPUs from /proc/stat; busy excludes idle and iowait. */
  static long[] machineTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length && i <= 8; i++) total += Long.parseLong(f[i]); // user..steal
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      return new long[] {total - idle, total};
    } catch (Exception e) {
      return null;
    }
  }

  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (Exception e) {
      return Double.NaN;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // JSON: form values out, a minimal reader in (objects → LinkedHashMap, arrays → List, numbers → BigDecimal)

  /** {"variables":{"name":{"value":"..."},...}} from name/value pairs. */
  static String vars(String... nameValue) {
    StringBuilder sb = new StringBuilder("{\"variables\":{");
    for (int i = 0; i < nameValue.length; i += 2) {
      if (i > 0) sb.append(',');
      sb.append(quote(nameValue[i])).append(":{\"value\":").append(quote(nameValue[i + 1])).append('}');
    }
    return sb.append("}}").toString();
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') sb.append('\\').append(c);
      else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.append('"').toString();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> obj(Object o) {
    if (o instanceof Map) return (Map<String, Object>) o;
    throw new IllegalStateException("not a JSON object: " + abbreviate(String.valueOf(o)));
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    if (o == null) return List.of();
    if (o instanceof List) return (List<Object>) o;
    throw new IllegalStateException("not a JSON array: " + abbreviate(String.valueOf(o)));
  }

  static String str(Object o) {
    return o == null ? null : o.toString();
  }

  static final class Json {
    final String s;
    int i;

    Json(String s) {
      this.s = s;
    }

    static Object parse(String s) {
      Json j = new Json(s);
      Object v = j.value();
      j.ws();
      if (j.i != s.length()) throw j.error("trailing characters");
      return v;
    }

    IllegalStateException error(String what) {
      return new IllegalStateException("JSON " + what + " at " + i + ": " + abbreviate(s));
    }

    void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    Object value() {
      ws();
      if (i >= s.length()) throw error("unexpected end");
      char c = s.charAt(i);
      switch (c) {
        case '{': {
          i++;
          Map<String, Object> m = new LinkedHashMap<>();
          ws();
          if (s.charAt(i) == '}') { i++; return m; }
          while (true) {
            ws();
            String k = string();
            ws();
            if (s.charAt(i++) != ':') throw error("':' expected");
            m.put(k, value());
            ws();
            char d = s.charAt(i++);
            if (d == '}') return m;
            if (d != ',') throw error("',' or '}' expected");
          }
        }
        case '[': {
          i++;
          List<Object> l = new ArrayList<>();
          ws();
          if (s.charAt(i) == ']') { i++; return l; }
          while (true) {
            l.add(value());
            ws();
            char d = s.charAt(i++);
            if (d == ']') return l;
            if (d != ',') throw error("',' or ']' expected");
          }
        }
        case '"': return string();
        case 't': return literal("true", Boolean.TRUE);
        case 'f': return literal("false", Boolean.FALSE);
        case 'n': return literal("null", null);
        default: {
          int j = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
          if (j == i) throw error("value expected");
          return new BigDecimal(s.substring(j, i));
        }
      }
    }

    Object literal(String word, Object v) {
      if (!s.startsWith(word, i)) throw error(word + " expected");
      i += word.length();
      return v;
    }

    String string() {
      if (s.charAt(i) != '"') throw error("string expected");
      i++;
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') return sb.toString();
        if (c != '\\') { sb.append(c); continue; }
        char e = s.charAt(i++);
        switch (e) {
          case 'b': sb.append('\b'); break;
          case 'f': sb.append('\f'); break;
          case 'n': sb.append('\n'); break;
          case 'r': sb.append('\r'); break;
          case 't': sb.append('\t'); break;
          case 'u': sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
          default: sb.append(e);
        }
      }
    }
  }
}

package dev.farmhand.farm.bench;

import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventType;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.protocol.Topics;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.farm.render.SearchPath;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The scheduler's overhead per task: N one-frame no-op tasks through the local farm, against a bare
 * loop that starts the same processes on as many threads, measured in the same run; and the time
 * from a task's end to its MQTT notice (p50, p99). Run with {@code bench/farm-scheduler}.
 */
public final class SchedulerBenchmark {
  private SchedulerBenchmark() {}

  public static void main(String[] args) throws Exception {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path noop =
        SearchPath.ofEnvironment()
            .find("true")
            .orElseThrow(() -> new IllegalStateException("'true' is not on the PATH"));
    Path scratch = Files.createTempDirectory("farmhand-bench");
    try {
      System.out.printf("tasks       %d one-frame no-op tasks, %d workers%n", tasks, workers);
      double bare = bareLoop(noop, tasks, workers, scratch.resolve("bare.log"));
      System.out.printf("bare loop   %7.2f s   %6.3f ms a process%n", bare, bare * 1000 / tasks);
      Result farm = throughFarm(tasks, workers, scratch.resolve("farm"));
      System.out.printf(
          "farm        %7.2f s   %6.3f ms a task%n", farm.seconds, farm.seconds * 1000 / tasks);
      System.out.printf("ratio       %7.2f     (farm / bare loop)%n", farm.seconds / bare);
      System.out.printf("overhead    %7.3f ms a task%n", (farm.seconds - bare) * 1000 / tasks);
      Collections.sort(farm.latencies);
      System.out.printf(
          "notice      p50 %.2f ms   p99 %.2f ms   (task end to MQTT arrival, n=%d)%n",
          percentile(farm.latencies, 50), percentile(farm.latencies, 99), farm.latencies.size());
    } finally {
      deleteAll(scratch);
    }
  }

  private static double bareLoop(Path program, int count, int threads, Path log) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger left = new AtomicInteger(count);
    long start = System.nanoTime();
    List<java.util.concurrent.Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(
          pool.submit(
              () -> {
                while (left.getAndDecrement() > 0) {
                  new ProcessBuilder(program.toString())
                      .redirectErrorStream(true)
                      .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                      .start()
                      .waitFor();
                }
                return null;
              }));
    }
    for (var future : running) {
      future.get();
    }
    pool.shutdown();
    return (System.nanoTime() - start) / 1e9;
  }

  private record Result(double seconds, List<Double> latencies) {}

  private static Result throughFarm(int tasks, int workers, Path data) throws Exception {
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(workers))) {
      String key = farm.credentials().key("studio", "artist");
      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      CountDownLatch done = new CountDownLatch(1);
      MqttClient subscriber =
          new MqttClient(farm.mqttUrl(), "fh-studio-bench", new MemoryPersistence());
      MqttConnectOptions options = new MqttConnectOptions();
      options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
      options.setUserName("studio");
      options.setPassword(key.toCharArray());
      options.setMaxInflight(1000);
      subscriber.setCallback(
          new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {}

            @Override
            public void messageArrived(String topic, MqttMessage message) throws Exception {
              Instant arrived = Instant.now();
              Event event = Json.read(message.getPayload(), Event.class);
              if (event.type() == EventType.TASK_STATUS
                  && event.taskStatus() == TaskStatus.SUCCESS) {
                latencies.add(Duration.between(event.time(), arrived).toNanos() / 1e6);
              }
              if (event.type() == EventType.JOB_STATUS && event.jobStatus() == JobStatus.SUCCESS) {
                done.countDown();
              }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {}
          });
      subscriber.connect(options);
      subscriber.subscribe(Topics.account("studio"), 1);
      try {
        byte[] scene = "{}".getBytes(StandardCharsets.UTF_8);
        String sha256 = Sha256.of(scene);
        HttpClient http = HttpClient.newHttpClient();
        http.send(
            HttpRequest.newBuilder(URI.create(farm.url() + "/api/v1/files/" + sha256))
                .header("Authorization", "Bearer " + key)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(scene))
                .build(),
            HttpResponse.BodyHandlers.discarding());
        JobCreateRequest request =
            new JobCreateRequest(
                "benchmark",
                "scene.json",
                "noop",
                "1-" + tasks,
                1,
                null,
                50,
                false,
                RetryPolicy.NONE,
                null,
                null,
                List.of(new Dependency("scene.json", sha256, scene.length)),
                Map.of());
        long start = System.nanoTime();
        HttpResponse<String> created =
            http.send(
                HttpRequest.newBuilder(URI.create(farm.url() + "/api/v1/jobs"))
                    .header("Authorization", "Bearer " + key)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(request)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
          throw new IllegalStateException("the farm refused the job: " + created.body());
        }
        String jobId = Json.read(created.body(), Job.class).id();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        // MQTT is the fast path; should its notice be lost, REST says when the job is done.
        while (!done.await(1, TimeUnit.SECONDS)) {
          HttpResponse<String> job =
              http.send(
                  HttpRequest.newBuilder(URI.create(farm.url() + "/api/v1/jobs/" + jobId))
                      .header("Authorization", "Bearer " + key)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (Json.read(job.body(), Job.class).status() == JobStatus.SUCCESS) {
            break;
          }
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the job did not finish within 30 minutes");
          }
        }
        return new Result((System.nanoTime() - start) / 1e9, latencies);
      } finally {
        subscriber.disconnect();
        subscriber.close();
      }
    }
  }

  private static double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static void deleteAll(Path folder) throws Exception {
    try (var paths = Files.walk(folder)) {
      paths.sorted(Collections.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}

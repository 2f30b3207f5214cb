package dev.farmhand.farm.notices;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.MalformedPayloadException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** A real Paho v3 client for tests: connects, subscribes, and keeps what arrives, with times. */
public final class TestSubscriber implements AutoCloseable {
  /** One message as it arrived. */
  public record Received(String topic, byte[] payload, long nanoTime, boolean duplicate) {
    /** The payload read as an event; a malformed one fails the test. */
    public Event event() {
      try {
        return Json.read(payload, Event.class);
      } catch (MalformedPayloadException e) {
        throw new AssertionError("the payload is not an Event: " + e.getMessage(), e);
      }
    }
  }

  private final MqttAsyncClient client;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Received> arrivals = new LinkedBlockingQueue<>();

  private TestSubscriber(MqttAsyncClient client) {
    this.client = client;
  }

  private void keepArrivals() {
    client.setCallback(
        new org.eclipse.paho.client.mqttv3.MqttCallback() {
          @Override
          public void connectionLost(Throwable cause) {}

          @Override
          public void messageArrived(String topic, MqttMessage message) {
            Received arrival =
                new Received(topic, message.getPayload(), System.nanoTime(), message.isDuplicate());
            received.add(arrival);
            arrivals.add(arrival);
          }

          @Override
          public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {}
        });
  }

  /** Connects with these credentials (either may be null), clean session, or throws. */
  public static TestSubscriber connect(
      String url, String clientId, String username, String password) throws MqttException {
    MqttAsyncClient client = new MqttAsyncClient(url, clientId, new MemoryPersistence());
    TestSubscriber subscriber = new TestSubscriber(client);
    subscriber.keepArrivals();
    MqttConnectOptions options = new MqttConnectOptions();
    options.setCleanSession(true);
    // Without this, Paho retries a refused connection as MQTT 3.1, whose ids have 23 characters.
    options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    options.setMaxInflight(1000);
    options.setConnectionTimeout(5);
    if (username != null) {
      options.setUserName(username);
    }
    if (password != null) {
      options.setPassword(password.toCharArray());
    }
    try {
      client.connect(options).waitForCompletion(5000);
    } catch (MqttException e) {
      subscriber.close();
      throw e;
    }
    return subscriber;
  }

  /** Subscribes at QoS 1 and answers the QoS the broker granted for each filter (0x80: refused). */
  public int[] subscribe(String... filters) throws MqttException {
    int[] qos = new int[filters.length];
    java.util.Arrays.fill(qos, 1);
    IMqttToken token = client.subscribe(filters, qos);
    token.waitForCompletion(5000);
    return token.getGrantedQos();
  }

  /** Publishes at QoS 0, so the client does not wait for an acknowledgement it will not get. */
  public void publishQos0(String topic, byte[] payload) throws MqttException {
    client.publish(topic, payload, 0, false).waitForCompletion(5000);
  }

  /** The next message not yet taken, waiting up to five seconds for it. */
  public Received next() throws InterruptedException {
    Received arrival = arrivals.poll(5, TimeUnit.SECONDS);
    if (arrival == null) {
      throw new AssertionError("nothing arrived within 5 s");
    }
    return arrival;
  }

  public boolean isConnected() {
    return client.isConnected();
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public List<Received> on(String topic) {
    return received.stream().filter(r -> r.topic().equals(topic)).collect(Collectors.toList());
  }

  @Override
  public void close() {
    try {
      if (client.isConnected()) {
        client.disconnect(0).waitForCompletion(2000);
      }
    } catch (MqttException e) {
      // Closing anyway.
    } finally {
      try {
        client.close(true);
      } catch (MqttException e) {
        // Nothing more to let go of.
      }
    }
  }
}

package dev.farmhand.farm.notices;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Json;
import java.util.function.Consumer;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Paho v3 clients of the account "studio" set up as the project's subscribers are (MQTT 3.1.1, QoS
 * 1, in-flight window 1000), clean or persistent, handing each event they get to a consumer.
 */
final class PahoSubscribers {
  private static final int ATTEMPTS = 3;
  private static final int WAIT_MILLIS = 5000;

  private PahoSubscribers() {}

  /**
   * A client subscribed to this topic. Moquette 0.17 marks a connection as connected in a task that
   * can run after the client's SUBSCRIBE has come, and then refuses the SUBSCRIBE by closing the
   * connection; so it connects again, as a client's reconnect would, up to three times.
   */
  static MqttAsyncClient subscribed(
      String brokerUrl,
      String clientId,
      String key,
      boolean clean,
      String topic,
      Consumer<Event> events)
      throws MqttException {
    for (int attempt = 1; ; attempt++) {
      MqttAsyncClient client = connected(brokerUrl, clientId, key, clean, events);
      try {
        client.subscribe(topic, 1).waitForCompletion(WAIT_MILLIS);
        return client;
      } catch (MqttException e) {
        client.close(true);
        if (attempt == ATTEMPTS || e.getReasonCode() != MqttException.REASON_CODE_CONNECTION_LOST) {
          throw e;
        }
      }
    }
  }

  /** A client connected but not subscribed: a persistent session gets what it is owed. */
  static MqttAsyncClient connected(
      String brokerUrl, String clientId, String key, boolean clean, Consumer<Event> events)
      throws MqttException {
    MqttAsyncClient client = new MqttAsyncClient(brokerUrl, clientId, new MemoryPersistence());
    client.setCallback(
        new MqttCallback() {
          @Override
          public void connectionLost(Throwable cause) {}

          @Override
          public void messageArrived(String topic, MqttMessage message) throws Exception {
            events.accept(Json.read(message.getPayload(), Event.class));
          }

          @Override
          public void deliveryComplete(IMqttDeliveryToken token) {}
        });
    MqttConnectOptions options = new MqttConnectOptions();
    options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    options.setCleanSession(clean);
    options.setMaxInflight(1000);
    options.setConnectionTimeout(WAIT_MILLIS / 1000);
    options.setUserName("studio");
    options.setPassword(key.toCharArray());
    try {
      client.connect(options).waitForCompletion(WAIT_MILLIS);
    } catch (MqttException e) {
      client.close(true);
      throw e;
    }
    return client;
  }

  /**
   * Disconnects without waiting for anything in flight ({@code disconnect(0)}, whose PUBACKs may
   * follow the DISCONNECT), and lets the client go. The broker may close the connection before Paho
   * has sent them all; that broken pipe is no failure here.
   */
  static void close(MqttAsyncClient client) throws MqttException {
    try {
      if (client.isConnected()) {
        client.disconnect(0).waitForCompletion(2000);
      }
    } catch (MqttException e) {
      if (e.getReasonCode() != MqttException.REASON_CODE_CONNECTION_LOST) {
        throw e;
      }
    } finally {
      client.close(true);
    }
  }
}

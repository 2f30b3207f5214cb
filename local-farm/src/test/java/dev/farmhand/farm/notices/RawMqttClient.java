package dev.farmhand.farm.notices;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;
import io.netty.util.ReferenceCountUtil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A bare MQTT 3.1.1 client over a plain socket, for tests that must send packets in an order no
 * library client chooses on purpose (say, PUBACKs after the DISCONNECT). Every read waits at most
 * five seconds. Not thread-safe.
 */
final class RawMqttClient implements AutoCloseable {
  private static final int READ_TIMEOUT_MILLIS = 5000;

  private final Socket socket;
  private final InputStream in;
  private final EmbeddedChannel codec =
      new EmbeddedChannel(new MqttDecoder(), MqttEncoder.INSTANCE);
  private final Deque<MqttMessage> inbox = new ArrayDeque<>();
  private int nextPacketId = 1;

  private RawMqttClient(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
  }

  /** Connects with these credentials and a clean session, or throws if the broker refuses. */
  static RawMqttClient connect(String brokerUrl, String clientId, String username, String password)
      throws IOException {
    URI url = URI.create(brokerUrl);
    Socket socket = new Socket(url.getHost(), url.getPort());
    socket.setSoTimeout(READ_TIMEOUT_MILLIS);
    socket.setTcpNoDelay(true);
    RawMqttClient client = new RawMqttClient(socket);
    try {
      client.send(
          MqttMessageBuilders.connect()
              .protocolVersion(MqttVersion.MQTT_3_1_1)
              .clientId(clientId)
              .cleanSession(true)
              .keepAlive(30)
              .username(username)
              .password(password.getBytes(StandardCharsets.UTF_8))
              .build());
      MqttConnAckMessage ack = (MqttConnAckMessage) client.next(MqttMessageType.CONNACK);
      MqttConnectReturnCode code = ack.variableHeader().connectReturnCode();
      if (code != MqttConnectReturnCode.CONNECTION_ACCEPTED) {
        throw new IOException("the broker refused the connection: " + code);
      }
      return client;
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /** Subscribes at QoS 1 and waits for the SUBACK. */
  void subscribe(String topic) throws IOException {
    send(
        MqttMessageBuilders.subscribe()
            .messageId(nextPacketId++)
            .addSubscription(MqttQoS.AT_LEAST_ONCE, topic)
            .build());
    next(MqttMessageType.SUBACK);
  }

  /** The packet id of the next PUBLISH that arrives, without acknowledging it. */
  int nextPublishId() throws IOException {
    MqttPublishMessage publish = (MqttPublishMessage) next(MqttMessageType.PUBLISH);
    try {
      return publish.variableHeader().packetId();
    } finally {
      publish.release();
    }
  }

  static MqttMessage disconnect() {
    return MqttMessageBuilders.disconnect().build();
  }

  static MqttMessage pubAck(int packetId) {
    return MqttMessageBuilders.pubAck().packetId(packetId).build();
  }

  /** Sends these packets in this order, in one write, so the broker reads them together. */
  void send(MqttMessage... messages) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (MqttMessage message : messages) {
      codec.writeOutbound(message);
      for (ByteBuf encoded = codec.readOutbound();
          encoded != null;
          encoded = codec.readOutbound()) {
        try {
          byte[] chunk = new byte[encoded.readableBytes()];
          encoded.readBytes(chunk);
          bytes.writeBytes(chunk);
        } finally {
          encoded.release();
        }
      }
    }
    socket.getOutputStream().write(bytes.toByteArray());
    socket.getOutputStream().flush();
  }

  /** Reads until the broker closes the connection, dropping what comes before. */
  void awaitClosedByBroker() throws IOException {
    byte[] buffer = new byte[4096];
    while (in.read(buffer) >= 0) {
      // Not wanted.
    }
  }

  private MqttMessage next(MqttMessageType type) throws IOException {
    byte[] buffer = new byte[4096];
    while (true) {
      while (!inbox.isEmpty()) {
        MqttMessage message = inbox.poll();
        if (message.fixedHeader().messageType() == type) {
          return message;
        }
        ReferenceCountUtil.release(message);
      }
      int read = in.read(buffer);
      if (read < 0) {
        throw new IOException("the broker closed the connection while a " + type + " was awaited");
      }
      codec.writeInbound(Unpooled.copiedBuffer(buffer, 0, read));
      for (Object decoded = codec.readInbound(); decoded != null; decoded = codec.readInbound()) {
        inbox.add((MqttMessage) decoded);
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      inbox.forEach(ReferenceCountUtil::release);
      codec.finishAndReleaseAll();
    } finally {
      socket.close();
    }
  }
}

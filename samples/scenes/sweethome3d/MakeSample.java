import com.eteks.sweethome3d.io.HomeFileRecorder;
import com.eteks.sweethome3d.model.AspectRatio;
import com.eteks.sweethome3d.model.Camera;
import com.eteks.sweethome3d.model.CatalogPieceOfFurniture;
import com.eteks.sweethome3d.model.CatalogTexture;
import com.eteks.sweethome3d.model.Home;
import com.eteks.sweethome3d.model.HomeEnvironment;
import com.eteks.sweethome3d.model.HomePieceOfFurniture;
import com.eteks.sweethome3d.model.HomeTexture;
import com.eteks.sweethome3d.model.Room;
import com.eteks.sweethome3d.model.Wall;
import com.eteks.sweethome3d.tools.URLContent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Makes the sample home, room.sh3d, with Sweet Home 3D's own classes, so it can be made again:
 *
 * <pre>
 * java -cp /usr/share/sweethome3d/sweethome3d.jar samples/scenes/sweethome3d/MakeSample.java [FOLDER]
 * </pre>
 *
 * A 4 m by 3 m room with four walls 1.2 m high, a floor and no ceiling (the sun lights it), a crate (a box
 * model with an orange checked texture, both made here and carried inside the .sh3d as Sweet Home
 * 3D carries every model and texture of a saved home), two stored cameras, a 64x48 photo at the
 * lowest Sweet Home 3D ray-traced quality, and a video path of two cameras at 10 frames per second
 * that gives 6 frames of 64x48. Writes FOLDER/room.sh3d (default: the folder of this file).
 */
public final class MakeSample {
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "samples/scenes/sweethome3d");
    Files.createDirectories(folder);
    Path parts = Files.createTempDirectory("sh3d-sample");
    try {
      Home home = home(parts);
      Path file = folder.resolve("room.sh3d");
      // Compression 9, and every model and texture written into the file, as Sweet Home 3D saves.
      new HomeFileRecorder(9, false).writeHome(home, file.toString());
      System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
    } finally {
      try (var files = Files.walk(parts)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  static Home home(Path parts) throws Exception {
    Home home = new Home();
    float width = 400;
    float depth = 300;
    float height = 120;
    float[][] corners = {{0, 0}, {width, 0}, {width, depth}, {0, depth}};
    Wall previous = null;
    Wall first = null;
    for (int i = 0; i < 4; i++) {
      float[] a = corners[i];
      float[] b = corners[(i + 1) % 4];
      Wall wall = new Wall(a[0], a[1], b[0], b[1], 10, height, null);
      wall.setLeftSideColor(0xD8D0C0);
      wall.setRightSideColor(0xD8D0C0);
      if (previous != null) {
        previous.setWallAtEnd(wall);
        wall.setWallAtStart(previous);
      } else {
        first = wall;
      }
      home.addWall(wall);
      previous = wall;
    }
    previous.setWallAtEnd(first);
    first.setWallAtStart(previous);

    Room room = new Room(corners);
    room.setName("Living room");
    room.setFloorColor(0x6080A0);
    room.setCeilingVisible(false);
    home.addRoom(room);

    Path texture = parts.resolve("crate.png");
    ImageIO.write(checks(), "png", texture.toFile());
    Path model = parts.resolve("box.obj");
    Files.writeString(model, BOX_OBJ, StandardCharsets.US_ASCII);
    URLContent image = new URLContent(texture.toUri().toURL());
    CatalogPieceOfFurniture crate =
        new CatalogPieceOfFurniture(
            "Crate", image, new URLContent(model.toUri().toURL()), 80, 80, 80, true, false);
    HomePieceOfFurniture piece = new HomePieceOfFurniture(crate);
    piece.setX(200);
    piece.setY(150);
    piece.setAngle((float) Math.toRadians(20));
    piece.setTexture(new HomeTexture(new CatalogTexture("Crate checks", image, 40, 40)));
    home.addPieceOfFurniture(piece);

    float fov = (float) Math.toRadians(63);
    Camera corner = new Camera(30, 30, 170, (float) Math.toRadians(-45), 0.45f, fov);
    corner.setName("Corner");
    Camera door = new Camera(200, 290, 160, (float) Math.toRadians(180), 0.35f, fov);
    door.setName("Door");
    for (Camera camera : List.of(corner, door)) {
      camera.setTime(NOON);
    }
    home.setStoredCameras(List.of(corner, door));
    home.getObserverCamera().setCamera(corner);
    home.setCamera(home.getObserverCamera());

    HomeEnvironment environment = home.getEnvironment();
    environment.setPhotoAspectRatio(AspectRatio.FREE_RATIO);
    environment.setPhotoWidth(64);
    environment.setPhotoHeight(48);
    environment.setPhotoQuality(2);
    environment.setVideoAspectRatio(AspectRatio.RATIO_4_3);
    environment.setVideoWidth(64);
    environment.setVideoQuality(2);
    environment.setVideoFrameRate(10);
    environment.setVideoSpeed(2400f / 3600);
    Camera start = new Camera(30, 30, 170, (float) Math.toRadians(-45), 0.45f, fov);
    Camera end = new Camera(55, 45, 170, (float) Math.toRadians(-35), 0.45f, fov);
    start.setTime(NOON);
    end.setTime(NOON);
    environment.setVideoCameraPath(List.of(start, end));
    return home;
  }

  /** Midday on the 21st of June 2024, UTC: the sun high over the room. */
  static final long NOON = java.time.Instant.parse("2024-06-21T12:00:00Z").toEpochMilli();

  /** 64x64 orange and brown checks, 8 pixels a square. */
  static BufferedImage checks() {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        boolean light = ((x / 8) + (y / 8)) % 2 == 0;
        image.setRGB(x, y, light ? 0xF09020 : 0xA05010);
      }
    }
    return image;
  }

  /** A 1 unit cube centred on the origin, its faces mapped to the whole texture. */
  static final String BOX_OBJ =
      String.join(
          "\n",
          "v -0.5 -0.5 -0.5",
          "v 0.5 -0.5 -0.5",
          "v 0.5 0.5 -0.5",
          "v -0.5 0.5 -0.5",
          "v -0.5 -0.5 0.5",
          "v 0.5 -0.5 0.5",
          "v 0.5 0.5 0.5",
          "v -0.5 0.5 0.5",
          "vt 0 0",
          "vt 1 0",
          "vt 1 1",
          "vt 0 1",
          "vn 0 0 -1",
          "vn 0 0 1",
          "vn 0 -1 0",
          "vn 0 1 0",
          "vn -1 0 0",
          "vn 1 0 0",
          "f 1/1/1 4/4/1 3/3/1 2/2/1",
          "f 5/1/2 6/2/2 7/3/2 8/4/2",
          "f 1/1/3 2/2/3 6/3/3 5/4/3",
          "f 4/1/4 8/4/4 7/3/4 3/2/4",
          "f 1/1/5 5/2/5 8/3/5 4/4/5",
          "f 2/1/6 3/4/6 7/3/6 6/2/6",
          "");
}

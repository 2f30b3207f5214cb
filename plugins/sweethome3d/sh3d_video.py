"""How many frames a Sweet Home 3D video has, counted as the farm renders them.

Between two cameras of the video path the camera moves at the video's speed and turns (yaw, pitch,
field of view) at 30 degrees a second at most, so a stretch takes as many frames as the slower of
the two needs, at least one; the last camera of the path is the last frame. The local farm's
renderer counts by the same rule (VideoPath.java in local-farm), so frame N is the same picture on
both sides.
"""
import math

TURN_PER_SECOND = math.pi / 6
_EPSILON = 1e-6


def frame_count(path, speed, fps):
    """The number of frames of a video along path (Sweet Home 3D Camera objects, 2 or more) at
    speed (metres a second) and fps (frames a second)."""
    step = speed * 100.0 / fps
    turn = TURN_PER_SECOND / fps
    frames = 1
    for before, after in zip(path[:-1], path[1:]):
        frames += steps(before, after, step, turn)
    return frames


def steps(before, after, step, turn):
    distance = math.sqrt((after.getX() - before.getX()) ** 2 + (after.getY() - before.getY()) ** 2
                         + (after.getZ() - before.getZ()) ** 2)
    most = max(distance / step,
               abs(yaw_turn(before.getYaw(), after.getYaw())) / turn,
               abs(after.getPitch() - before.getPitch()) / turn,
               abs(after.getFieldOfView() - before.getFieldOfView()) / turn)
    return max(1, int(math.ceil(most - _EPSILON)))


def yaw_turn(start, end):
    """The angle from yaw start to yaw end the short way, from -pi to pi, as Java's % gives it."""
    angle = math.fmod(end - start, 2 * math.pi)
    if angle > math.pi:
        angle -= 2 * math.pi
    elif angle < -math.pi:
        angle += 2 * math.pi
    return angle

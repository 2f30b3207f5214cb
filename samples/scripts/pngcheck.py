"""Checks, in plain Python, that a file is a PNG image of a given size and not blank.

    problem = pngcheck.problem("frame_0001.png", 320, 180)   # None when it looks right

problem() answers None, or what is wrong in words: not there, not a PNG, the wrong size, or blank
(every pixel one colour). It reads 8- and 16-bit images that are not interlaced, as renderers
write them; for others it says it cannot tell.
"""
import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # by colour type: grey, RGB, palette, grey+alpha, RGBA


def problem(path, width, height):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except IOError as e:
        return "cannot be read: %s" % e.strerror
    if not data.startswith(SIGNATURE) or data[12:16] != b"IHDR":
        return "is not a PNG"
    w, h, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", data[16:29])
    w, h = int(w), int(h)  # ">I" reads a long, and Jython's range() fails on longs
    if (w, h) != (width, height):
        return "is %dx%d, not %dx%d" % (w, h, width, height)
    if depth not in (8, 16) or colour not in CHANNELS or interlace:
        return "cannot tell whether it is blank (bit depth %d, colour type %d%s)" % (
            depth, colour, ", interlaced" if interlace else "")
    if blank(pixels(data), w * CHANNELS[colour] * depth // 8, CHANNELS[colour] * depth // 8):
        return "is blank: every pixel is one colour"
    return None


def pixels(data):
    """The image's filtered scanlines: every IDAT chunk, joined and inflated."""
    idat, at = [], 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            idat.append(data[at + 8:at + 8 + length])
        at += 12 + length
    return bytearray(zlib.decompress(b"".join(idat)))


def blank(filtered, stride, bpp):
    """Undoes each row's filter and stops at the first pixel unlike the first one."""
    previous = bytearray(stride)
    first = None
    for start in range(0, len(filtered), stride + 1):
        kind, row = filtered[start], filtered[start + 1:start + 1 + stride]
        for i in range(stride):
            left = row[i - bpp] if i >= bpp else 0
            corner = previous[i - bpp] if i >= bpp else 0
            up = previous[i]
            if kind == 1:
                row[i] = (row[i] + left) & 0xFF
            elif kind == 2:
                row[i] = (row[i] + up) & 0xFF
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                row[i] = (row[i] + paeth(left, up, corner)) & 0xFF
        if first is None:
            first = row[:bpp]
        if row != first * (stride // bpp):
            return False
        previous = row
    return True


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c

"""OCR of a big screen in tiles, so that memory grows with the tile, not with the screen.

Detection's working memory is about 95 bytes per pixel of the frame it runs over (its input and its
feature maps at 0.75 scale), and the engine held several full-size copies besides: a 7680x2160 capture
needed 2.3 GB. So a frame of more than :data:`TILE_PIXELS` is cut into overlapping tiles, each read on
its own (detection, the sparse-text pass and the turned-block pass inside it), one at a time; the words
of all tiles are then merged once into page coordinates, and everything after OCR (the patterns, the
register, the layout rules: labels beside values, columns under headers, the S box, words joined
across line breaks) runs on the whole page's word list, as for a small screen. Only pixel work is tiled.

The overlaps (:data:`OVERLAP`) are wide enough that a word crossing a seam lies whole in at least one
tile: 512 pixels across (a 21-digit MPAN line written in 38 px text, 14 pt at 200 % scaling, or a
13-digit core in 70 px text), 192 down (a line of text up to that tall). Each tile *owns* the part of
it nearer to it than to its neighbours (its core, up to the middle of each overlap):

- a block that lies wholly beyond the middle of an overlap, uncut, is left to the tile that owns it
  (which holds it whole, at least half an overlap from its edge): a word in an overlap costs one
  reading, not two. Its crop is kept, and read after all if no tile's words cover it;
- a line that straddles the middle is read by both tiles, each up to six text heights past the middle
  (:func:`reach`), not to its edge: only that much of it is read twice;
- of two readings of one word, the owner's is kept; a reading cut where its tile stopped reading (it
  ends in half a glyph) yields to a whole one;
- a word longer than that (minified JSON, a long URL) is cut in both tiles: its two readings are
  joined at the middle of the overlap, character by character, each side read with at least six text
  heights of context.

A screen of up to 2.6 megapixels (1920x1080, 1920x1200, 2048x1152) is one tile and is read exactly as
before.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ocr import Box, Word

# most pixels in one tile: detection's working set is about 95 bytes a pixel (250 MB). A 4K screen is
# four tiles of 2.56 MP (at 2.4 MP it was six, detecting a third more pixels than it has, not a quarter)
TILE_PIXELS = 2_600_000
OVERLAP = (512, 192)  # pixels shared by neighbouring tiles, across and down (see the module's docstring)


@dataclass(frozen=True)
class Tile:
    box: Box  # x0, y0, x1, y1 on the page
    core: Box  # the part it owns: to the middle of each overlap, to the page's edge at the page's edge
    page: tuple[int, int]  # the page's width and height

    def reading_span(self, box: Box) -> tuple[int, int]:
        """Across which x (page coordinates) this tile reads a block of ``box``'s height: to
        :func:`reach` past the middle of each overlap (the tile's edge, if nearer), and to the page's
        edge where the tile meets it. A line that runs on into a neighbour's part is read to there and
        no further: the neighbour reads on from as far before the middle, so only that much of the line
        is read twice, not the whole overlap."""
        width = self.page[0]
        extra = reach(box[3] - box[1])
        x0 = self.box[0] if self.box[0] == 0 else max(self.box[0], self.core[0] - extra)
        x1 = self.box[2] if self.box[2] == width else min(self.box[2], self.core[2] + extra)
        return x0, x1

    def cut_sides(self, box: Box, slack: int = 2) -> tuple[bool, bool, bool, bool]:
        """Which of ``box``'s sides (left, top, right, bottom; page coordinates) this tile's reading cuts:
        sides that reach the tile's edge, or across the end of its reading span (:meth:`reading_span`),
        where that is not the page's edge."""
        _x0, y0, _x1, y1 = self.box
        width, height = self.page
        left, right = self.reading_span(box)
        return (box[0] <= left + slack and left > 0, box[1] <= y0 + slack and y0 > 0,
                box[2] >= right - slack and right < width, box[3] >= y1 - slack and y1 < height)

    def elsewhere(self, box: Box) -> bool:
        """Does ``box`` (page coordinates) lie wholly beyond the middle of an overlap, uncut by this tile's
        edges? Then the tile that owns it holds it whole, and reads it."""
        cx0, cy0, cx1, cy1 = self.core
        outside = box[0] >= cx1 or box[2] <= cx0 or box[1] >= cy1 or box[3] <= cy0
        x0, y0, x1, y1 = self.box
        width, height = self.page
        cut = (box[0] <= x0 + 2 and x0 > 0) or (box[1] <= y0 + 2 and y0 > 0) or \
              (box[2] >= x1 - 2 and x1 < width) or (box[3] >= y1 - 2 and y1 < height)
        return outside and not cut

    def owns(self, box: Box) -> bool:
        cx0, cy0, cx1, cy1 = self.core
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        return cx0 <= x < cx1 and cy0 <= y < cy1

    def depth(self, box: Box) -> float:
        """How far inside the tile the centre of ``box`` lies (from its nearest edge that is not the
        page's): a reading deeper inside had more context round it."""
        x0, y0, x1, y1 = self.box
        width, height = self.page
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        edges = [x - x0 if x0 > 0 else math.inf, y - y0 if y0 > 0 else math.inf,
                 x1 - x if x1 < width else math.inf, y1 - y if y1 < height else math.inf]
        return min(edges)


def reach(height: int) -> int:
    """How far past the middle of an overlap a tile reads a line of text ``height`` pixels tall that runs
    on into its neighbour's part: six heights, at least 96 pixels. Each reading of the characters at
    the middle, where two readings are joined, then has that much of the line beside them (a glyph cut
    at a crop's end is misread, its neighbours are not)."""
    return max(96, 6 * height)


def plan(width: int, height: int, max_pixels: int | None = None,
         overlap: tuple[int, int] | None = None) -> list[Tile]:
    """The tiles of a ``width`` x ``height`` frame: one when it holds at most ``max_pixels``
    (:data:`TILE_PIXELS`); else the grid of equal tiles of at most ``max_pixels`` each, overlapping by
    at least ``overlap`` (:data:`OVERLAP`), that covers the fewest pixels in all (each pixel in an
    overlap is detected twice). Row by row, left to right."""
    max_pixels = max_pixels or TILE_PIXELS
    if width * height <= max_pixels:
        return [Tile((0, 0, width, height), (0, 0, width, height), (width, height))]
    ox, oy = overlap or OVERLAP
    best: tuple[int, int, int, int, int] | None = None  # total pixels, columns, rows, tile width, tile height
    for columns in range(1, max(2, width // max(1, ox)) + 1):
        tile_w = _span(width, columns, ox)
        if columns > 1 and tile_w < 2 * ox:
            break  # cores narrower than an overlap: more columns only cost more
        for rows in range(1, max(2, height // max(1, oy)) + 1):
            tile_h = _span(height, rows, oy)
            if rows > 1 and tile_h < 2 * oy:
                break
            if tile_w * tile_h > max_pixels:
                continue
            total = columns * rows * tile_w * tile_h
            if best is None or total < best[0]:
                best = (total, columns, rows, tile_w, tile_h)
            break  # more rows only cover more
    if best is None:  # a frame too thin for any grid within the limit: strips as narrow as the overlap allows
        columns, rows = max(1, width // max(1, ox)), max(1, height // max(1, oy))
        best = (0, columns, rows, _span(width, columns, ox), _span(height, rows, oy))
    _total, columns, rows, tile_w, tile_h = best
    xs = _starts(width, columns, tile_w)
    ys = _starts(height, rows, tile_h)
    tiles = []
    for row, y in enumerate(ys):
        for column, x in enumerate(xs):
            core = (_middle(xs, column, tile_w, 0), _middle(ys, row, tile_h, 0),
                    _middle(xs, column, tile_w, 1, width), _middle(ys, row, tile_h, 1, height))
            tiles.append(Tile((x, y, min(width, x + tile_w), min(height, y + tile_h)), core, (width, height)))
    return tiles


def _span(total: int, count: int, overlap: int) -> int:
    """The size of each of ``count`` equal tiles covering ``total`` with ``overlap`` between neighbours."""
    return total if count == 1 else int(math.ceil((total + (count - 1) * overlap) / count))


def _starts(total: int, count: int, size: int) -> list[int]:
    if count == 1:
        return [0]
    return [int(round(i * (total - size) / (count - 1))) for i in range(count)]


def _middle(starts: list[int], index: int, size: int, side: int, total: int = 0) -> int:
    """The edge of a tile's core on ``side`` (0: left/top, 1: right/bottom): the middle of the overlap
    with its neighbour there, or the page's edge."""
    if side == 0:
        return 0 if index == 0 else (starts[index] + starts[index - 1] + size) // 2
    return total if index == len(starts) - 1 else (starts[index + 1] + starts[index] + size) // 2


# -- merging the words of all tiles -------------------------------------------------------------------------

@dataclass
class _Read:
    word: Word
    tile: int
    cut: tuple[bool, bool, bool, bool]  # left, top, right, bottom: the tile's edge cuts it there


def merge(per_tile: Sequence[Sequence[Word]], tiles: Sequence[Tile]) -> list[Word]:
    """The words of all tiles (page coordinates) as one reading of the page: each word once.

    Words cut by a tile's edge across (left or right) are joined with the neighbour's reading of the
    same word at the middle of the overlap. Then the readings are taken best first (whole before cut,
    the owner's before another tile's, deeper inside its tile before nearer the edge), and a reading is
    kept unless it overlaps one kept already from another tile: so every word read anywhere is kept
    once, a word read by nobody else is kept even cut (when in doubt, keep it: it may be an identifier's
    end), and no word is read twice (a doubled digit run would break an MPAN's check digit)."""
    reads = [_Read(word, index, tiles[index].cut_sides(word.box)) for index, words in enumerate(per_tile)
             for word in words]
    reads = _joined(reads, tiles)

    def rank(read: _Read) -> tuple[int, int, float]:
        tile = tiles[read.tile]
        return (int(any(read.cut)), int(not tile.owns(read.word.box)), -tile.depth(read.word.box))

    kept: list[_Read] = []
    # kept readings by cell of a grid over the page (64 px down, 256 across), to compare with neighbours only
    grid: dict[tuple[int, int], list[_Read]] = {}
    for read in sorted(reads, key=rank):
        box = read.word.box
        if not any(_meets(box, tile.box) for index, tile in enumerate(tiles) if index != read.tile):
            kept.append(read)  # outside every other tile: no other tile read anything there
            continue
        cells = _cells(box)
        near = {id(other): other for cell in cells for other in grid.get(cell, [])}
        same = [other for other in near.values() if other.tile != read.tile and _same_place(box, other.word.box)]
        if same and not _holds_them(read, same, tiles):
            continue
        for other in same:  # pieces of this word that another tile read apart ("14" of "14yusuf…@…")
            kept.remove(other)
            for cell in _cells(other.word.box):
                grid[cell].remove(other)
        kept.append(read)
        for cell in cells:
            grid.setdefault(cell, []).append(read)
    return sorted((read.word for read in kept), key=lambda w: (w.box[1], w.box[0]))


def _cells(box: Box) -> list[tuple[int, int]]:
    """The cells of the merge's grid (64 px down, 256 across) that ``box`` lies in."""
    return [(row, column) for row in range(box[1] // 64, box[3] // 64 + 1)
            for column in range(box[0] // 256, box[2] // 256 + 1)]


def _holds_them(read: _Read, kept: Sequence[_Read], tiles: Sequence[Tile]) -> bool:
    """Does a whole reading, in the tile that owns it, take in readings kept already from other tiles,
    each narrower and lying within it? Then they are pieces of it read apart ("14" beside the e-mail
    address its row number ran into, read as one by the owner: "14yusuf.ashworth37@btinternet.example"),
    and it replaces them: kept apart, the other tile's cut reading of the rest ("yusuf.ashworth37@btinte")
    is all that is left of the address, and no pattern finds it."""
    box = read.word.box
    if any(read.cut) or not tiles[read.tile].owns(box):
        return False
    width = box[2] - box[0]
    slack = max(2, (box[3] - box[1]) // 4)
    return all(other.word.box[0] >= box[0] - slack and other.word.box[2] <= box[2] + slack
               and other.word.box[2] - other.word.box[0] < 0.8 * width for other in kept)


def _meets(box: Box, other: Box) -> bool:
    return box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]


def _same_place(box: Box, other: Box) -> bool:
    """Two readings of (part of) one word: on one row (most of the lower height shared) and sharing a
    real part of the narrower's width."""
    shared_w = min(box[2], other[2]) - max(box[0], other[0])
    return _same_row(box, other) and shared_w > 0.3 * min(box[2] - box[0], other[2] - other[0])


def _joined(reads: list[_Read], tiles: Sequence[Tile]) -> list[_Read]:
    """Readings cut at the right edge of a tile joined with the reading of the same word cut at the left
    edge of the tile to its right (a word longer than the overlap), left to right, so a word across
    three tiles is joined twice."""
    left_cut: dict[int, list[_Read]] = {}
    for read in reads:
        if read.cut[0]:
            left_cut.setdefault(read.tile, []).append(read)
    if not left_cut:
        return reads
    out: list[_Read] = []
    used: set[int] = set()
    for read in sorted(reads, key=lambda r: (tiles[r.tile].box[0], r.word.box[0])):
        if id(read) in used:
            continue
        while read.cut[2]:
            right = _right_neighbour(tiles, read.tile)
            partner = None if right is None else next(
                (other for other in left_cut.get(right, []) if id(other) not in used
                 and _same_row(read.word.box, other.word.box) and other.word.box[0] < read.word.box[2]), None)
            if partner is None or right is None:
                break
            word = stitch(read.word, partner.word, tiles[read.tile].core[2])
            if word is None:
                break
            used.add(id(partner))
            read = _Read(word, right, (read.cut[0], read.cut[1] or partner.cut[1], partner.cut[2],
                                       read.cut[3] or partner.cut[3]))
        used.add(id(read))
        out.append(read)
    return out


def _right_neighbour(tiles: Sequence[Tile], index: int) -> int | None:
    x0, y0, x1, y1 = tiles[index].box
    for other, tile in enumerate(tiles):
        if tile.box[1] == y0 and tile.box[3] == y1 and x0 < tile.box[0] < x1:
            return other
    return None


def _same_row(box: Box, other: Box) -> bool:
    shared = min(box[3], other[3]) - max(box[1], other[1])
    return shared >= 0.5 * min(box[3] - box[1], other[3] - other[1])


def stitch(left: Word, right: Word, middle: int) -> Word | None:
    """One word from two readings of it that overlap across ``middle`` (page x), joined there
    (:func:`join_chars`). None when either reading has no character positions (a turned block's words)."""
    if len(left.chars) != len(left.text) or len(right.chars) != len(right.text) or not left.text or not right.text:
        return None
    joined = join_chars(_chars(left), _chars(right), middle)
    if not joined:
        return None
    text = "".join(c[0] for c in joined)
    chars = tuple(c[1] for c in joined)
    scores = tuple(c[2] for c in joined)
    box = (chars[0][0], min(left.box[1], right.box[1]), chars[-1][1], max(left.box[3], right.box[3]))
    return replace(left, text=text, box=box, chars=chars, char_scores=scores, score=min(scores))


Char = tuple[str, tuple[int, int], float]  # a character read, its x extent and its confidence


def join_chars(left: Sequence[Char], right: Sequence[Char], middle: float) -> list[Char]:
    """Two readings of one line of text that overlap across ``middle`` (x), as one: the left one's
    characters before the middle, the right one's from it. Each reading had at least half an overlap
    of context on its side of the middle, and CTC places a character to a third of its width, so a
    glyph both readings put at the middle is taken once, and one that each put on the other's side is
    taken from the left reading."""
    taken = [c for c in left if _centre(c) < middle]
    rest = [c for c in right if _centre(c) >= middle]
    pitch = _pitch([*left, *right])
    if taken and rest:
        gap = _centre(rest[0]) - _centre(taken[-1])
        if gap < 0.5 * pitch:
            rest = rest[1:]  # the same glyph, read on both sides of the middle
        elif gap > 1.5 * pitch:
            taken += [c for c in left if _centre(taken[-1]) < _centre(c) < _centre(rest[0]) - 0.5 * pitch]
    return [*taken, *rest]


def _chars(word: Word) -> list[Char]:
    scores = word.char_scores if len(word.char_scores) == len(word.text) else (word.score,) * len(word.text)
    return list(zip(word.text, word.chars, scores, strict=True))


def _centre(char: Char) -> float:
    return (char[1][0] + char[1][1]) / 2


def _pitch(chars: Sequence[Char]) -> float:
    widths = sorted(c[1][1] - c[1][0] for c in chars)
    return max(2.0, float(widths[len(widths) // 2])) if widths else 8.0


def not_read(words: Sequence[Word], read: Sequence[Word]) -> list[Word]:
    """Of ``words``, those ``read`` has not read already (:func:`covered`): a block read where it was found,
    after all, adds what no tile read. A word that only overlaps one read already is kept ("MPAN:1200…"
    read again beside a neighbour's "MPAN"): a label read twice costs nothing, digits dropped are a leak."""
    return [w for w in words if not covered(w.box, read)]


def covered(box: Box, words: Sequence[Word]) -> bool:
    """Did ``words`` read all of ``box`` (a block left to another tile)? Nowhere along its row may more
    than one and a half of its heights go unread (a space between words is less): a neighbour that read
    only the label of "MPAN 1200023305967" has not read the block, and it is read again where it was
    found. Reading a block twice costs one recogniser crop; leaving its digits unread is a leak."""
    spans = sorted((max(box[0], w.box[0]), min(box[2], w.box[2])) for w in words
                   if _same_row(box, w.box) and w.box[2] > box[0] and w.box[0] < box[2])
    allowed = max(4.0, 1.5 * (box[3] - box[1]))
    reach = box[0]
    for start, end in spans:
        if start - reach > allowed:
            return False
        reach = max(reach, end)
    return box[2] - reach <= allowed

//! The compact binary form of the baked base map (`assets/basemap.bin`): variable-length integers,
//! coordinates as delta-encoded longitude/latitude steps on a [`Grid`] (the 1:10m map's own
//! quantisation for its arcs, so they are stored exactly and a step mostly fits a byte), and a
//! table of where each arc starts so one arc can be read without reading the others. Written by
//! the bake (`tests/bake/`, build-time code that is not shipped), read at start-up without parsing JSON.

use geo::Coord;

/// The first bytes of the file, with its format version.
pub const MAGIC: &[u8; 8] = b"CSTOBM03";

/// A grid coordinates are stored on: degrees per step and the origin, per axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grid {
    /// Degrees per step (longitude, latitude).
    pub scale: [f64; 2],
    /// The grid's origin (longitude, latitude).
    pub translate: [f64; 2],
}

impl Grid {
    /// 10⁻⁵ degrees (about a metre), for points that are on no coarser grid.
    pub const FINE: Grid = Grid {
        scale: [1e-5, 1e-5],
        translate: [0.0, 0.0],
    };
}

/// Why the packed base map could not be read (it is compiled in, so this means a broken build or
/// a hand-edited file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackedError {
    /// The file does not start with [`MAGIC`].
    #[error("basemap.bin: not a packed base map of this version")]
    BadMagic,
    /// The file ends in the middle of a value.
    #[error("basemap.bin: cut short at byte {0}")]
    Truncated(usize),
    /// A value is out of its range (a bad count, index or text).
    #[error("basemap.bin: bad value at byte {0}")]
    BadValue(usize),
}

/// Appends values to a packed file: the bake's half of the format, kept beside the reader so the
/// format is defined in one place (the shipped binaries never call it).
#[derive(Debug, Default)]
pub struct Writer {
    /// The bytes written so far.
    pub bytes: Vec<u8>,
}

impl Writer {
    /// A LEB128 unsigned integer.
    pub fn unsigned(&mut self, mut value: u64) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.bytes.push(byte);
                return;
            }
            self.bytes.push(byte | 0x80);
        }
    }

    /// A zigzag-encoded signed integer.
    pub fn signed(&mut self, value: i64) {
        self.unsigned(((value << 1) ^ (value >> 63)) as u64);
    }

    /// A length-prefixed UTF-8 text.
    pub fn text(&mut self, text: &str) {
        self.unsigned(text.len() as u64);
        self.bytes.extend_from_slice(text.as_bytes());
    }

    /// A little-endian `f32`.
    pub fn float(&mut self, value: f32) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    /// A little-endian `f64`.
    pub fn double(&mut self, value: f64) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    /// A grid.
    pub fn grid(&mut self, grid: Grid) {
        for value in grid.scale.into_iter().chain(grid.translate) {
            self.double(value);
        }
    }

    /// A longitude/latitude on the fine grid (absolute).
    pub fn lon_lat(&mut self, coord: Coord<f64>) {
        let [x, y] = quantise(Grid::FINE, coord);
        self.signed(x);
        self.signed(y);
    }

    /// A line of longitude/latitude points on `grid`: its length, then each point as the
    /// difference from the one before (the first from the grid's origin).
    pub fn line(&mut self, grid: Grid, line: &[Coord<f64>]) {
        self.unsigned(line.len() as u64);
        let mut last = [0, 0];
        for &coord in line {
            let q = quantise(grid, coord);
            self.signed(q[0] - last[0]);
            self.signed(q[1] - last[1]);
            last = q;
        }
    }
}

/// Reads values from a packed file.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// Reads `bytes` from the start.
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }

    /// Reads `bytes` from byte `at`.
    pub fn at(bytes: &'a [u8], at: usize) -> Self {
        Self { bytes, at }
    }

    /// Where the next value starts.
    pub fn position(&self) -> usize {
        self.at
    }

    /// Checks and skips [`MAGIC`].
    pub fn magic(&mut self) -> Result<(), PackedError> {
        let found = self.take(MAGIC.len())?;
        if found == MAGIC {
            Ok(())
        } else {
            Err(PackedError::BadMagic)
        }
    }

    /// Skips `n` bytes, returning them.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], PackedError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len())
            .ok_or(PackedError::Truncated(self.at))?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Ok(taken)
    }

    /// A LEB128 unsigned integer.
    pub fn unsigned(&mut self) -> Result<u64, PackedError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self
                .bytes
                .get(self.at)
                .ok_or(PackedError::Truncated(self.at))?;
            self.at += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(PackedError::BadValue(self.at))
    }

    /// A count or index, which must be below `limit`.
    pub fn count(&mut self, limit: usize) -> Result<usize, PackedError> {
        let at = self.at;
        usize::try_from(self.unsigned()?)
            .ok()
            .filter(|&n| n < limit)
            .ok_or(PackedError::BadValue(at))
    }

    /// A zigzag-encoded signed integer.
    pub fn signed(&mut self) -> Result<i64, PackedError> {
        let raw = self.unsigned()?;
        Ok((raw >> 1) as i64 ^ -((raw & 1) as i64))
    }

    /// A length-prefixed UTF-8 text.
    pub fn text(&mut self) -> Result<String, PackedError> {
        let at = self.at;
        let len = self.count(self.bytes.len())?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| PackedError::BadValue(at))
    }

    /// A little-endian `f32`.
    pub fn float(&mut self) -> Result<f32, PackedError> {
        let bytes = self.take(4)?;
        Ok(f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    /// A little-endian `f64`.
    pub fn double(&mut self) -> Result<f64, PackedError> {
        let bytes = self.take(8)?;
        let mut array = [0; 8];
        array.copy_from_slice(bytes);
        Ok(f64::from_le_bytes(array))
    }

    /// A grid written by [`Writer::grid`].
    pub fn grid(&mut self) -> Result<Grid, PackedError> {
        Ok(Grid {
            scale: [self.double()?, self.double()?],
            translate: [self.double()?, self.double()?],
        })
    }

    /// A longitude/latitude written by [`Writer::lon_lat`].
    pub fn lon_lat(&mut self) -> Result<Coord<f64>, PackedError> {
        Ok(unquantise(Grid::FINE, [self.signed()?, self.signed()?]))
    }

    /// A line written by [`Writer::line`] on `grid`.
    pub fn line(&mut self, grid: Grid) -> Result<Vec<Coord<f64>>, PackedError> {
        // Each point takes at least two bytes, which bounds the length before allocating.
        let len = self.count(self.bytes.len() / 2 + 1)?;
        let mut line = Vec::with_capacity(len);
        let mut q = [0i64, 0];
        for _ in 0..len {
            q[0] = q[0].wrapping_add(self.signed()?);
            q[1] = q[1].wrapping_add(self.signed()?);
            line.push(unquantise(grid, q));
        }
        Ok(line)
    }
}

fn quantise(grid: Grid, coord: Coord<f64>) -> [i64; 2] {
    [
        ((coord.x - grid.translate[0]) / grid.scale[0]).round() as i64,
        ((coord.y - grid.translate[1]) / grid.scale[1]).round() as i64,
    ]
}

fn unquantise(grid: Grid, [x, y]: [i64; 2]) -> Coord<f64> {
    Coord {
        x: x as f64 * grid.scale[0] + grid.translate[0],
        y: y as f64 * grid.scale[1] + grid.translate[1],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back_as_written() {
        let mut writer = Writer::default();
        writer.bytes.extend_from_slice(MAGIC);
        writer.unsigned(300);
        writer.signed(-70_000);
        writer.text("Kyrgyzstan");
        writer.float(1.5);
        let line = [
            Coord { x: 69.5, y: 37.1 },
            Coord {
                x: -179.99999,
                y: 89.0,
            },
        ];
        writer.grid(Grid::FINE);
        writer.line(Grid::FINE, &line);

        let mut reader = Reader::new(&writer.bytes);
        reader.magic().unwrap();
        assert_eq!(reader.unsigned().unwrap(), 300);
        assert_eq!(reader.signed().unwrap(), -70_000);
        assert_eq!(reader.text().unwrap(), "Kyrgyzstan");
        assert_eq!(reader.float().unwrap(), 1.5);
        let grid = reader.grid().unwrap();
        assert_eq!(grid, Grid::FINE);
        let read = reader.line(grid).unwrap();
        for (a, b) in read.iter().zip(&line) {
            assert!(
                (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9,
                "{a:?} {b:?}"
            );
        }
        assert_eq!(
            reader.unsigned(),
            Err(PackedError::Truncated(writer.bytes.len()))
        );
    }

    #[test]
    fn a_huge_count_is_refused_before_allocating() {
        let mut writer = Writer::default();
        writer.unsigned(u64::MAX / 2);
        assert!(Reader::new(&writer.bytes).line(Grid::FINE).is_err());
    }
}

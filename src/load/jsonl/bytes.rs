//! Finding and counting a byte in a chunk eight bytes at a time: the newlines of a million
//! lines are found on every load, and the standard library's search is for strings.

/// The high bit of each byte of `word` that equals `byte`, and no other bit.
fn matches(word: u64, byte: u8) -> u64 {
    const LOWS: u64 = u64::from_ne_bytes([0x7f; 8]);
    let x = word ^ u64::from_ne_bytes([byte; 8]);
    // A byte of `x` is zero where `word` has `byte`: adding 0x7f to its low bits carries into
    // the high bit for every byte but zero, and no carry crosses a byte.
    !(((x & LOWS) + LOWS) | x | LOWS)
}

fn words(bytes: &[u8]) -> (impl Iterator<Item = u64> + '_, &[u8]) {
    let words = bytes.chunks_exact(8);
    let tail = words.remainder();
    (
        words.map(|w| u64::from_le_bytes(w.try_into().expect("eight bytes"))),
        tail,
    )
}

/// The position of the first `byte` in `bytes`, eight bytes at a time.
pub(super) fn memchr(byte: u8, bytes: &[u8]) -> Option<usize> {
    let (words, tail) = words(bytes);
    let mut at = 0;
    for word in words {
        let found = matches(word, byte);
        if found != 0 {
            // Little-endian: the first byte in memory is the lowest.
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    tail.iter().position(|&b| b == byte).map(|i| at + i)
}

/// How many times `byte` stands in `bytes`.
pub(super) fn count(byte: u8, bytes: &[u8]) -> usize {
    let (words, tail) = words(bytes);
    let whole: usize = words.map(|w| matches(w, byte).count_ones() as usize).sum();
    whole + tail.iter().filter(|&&b| b == byte).count()
}

//! The talk's stopwatch, driven by timestamps the runner gives it, its countdown against a
//! planned length, and how durations are read and shown.

use std::time::Duration;

/// Where a countdown stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    /// No duration was set: the timer counts up.
    None,
    Plenty(Duration),
    /// The last tenth of the time, or the last two minutes of a longer talk.
    Near(Duration),
    /// Time is up; by how much it has been exceeded.
    Over(Duration),
}

/// A stopwatch driven by timestamps given to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Timer {
    /// When it was last started, if running.
    pub running_since: Option<Duration>,
    /// Time counted before the last start.
    pub banked: Duration,
    /// The talk's planned length (`--duration`): the timer counts down to it.
    pub limit: Option<Duration>,
}

impl Timer {
    pub fn elapsed(&self, now: Duration) -> Duration {
        self.banked
            + self
                .running_since
                .map_or(Duration::ZERO, |since| now.saturating_sub(since))
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn countdown(&self, now: Duration) -> Countdown {
        let Some(limit) = self.limit else {
            return Countdown::None;
        };
        let elapsed = self.elapsed(now);
        if elapsed >= limit {
            return Countdown::Over(elapsed.saturating_sub(limit));
        }
        let remaining = limit.saturating_sub(elapsed);
        let warn_at = (limit / 10).min(Duration::from_secs(120));
        if remaining <= warn_at {
            Countdown::Near(remaining)
        } else {
            Countdown::Plenty(remaining)
        }
    }

    pub(super) fn toggle(&mut self, now: Duration) {
        match self.running_since.take() {
            Some(since) => self.banked += now.saturating_sub(since),
            None => self.running_since = Some(now),
        }
    }
}

/// "4:05", or "1:02:03" past an hour.
pub fn clock(duration: Duration) -> String {
    let seconds = duration.as_secs();
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// Reads "20m", "90s", "1h30m", "1:30" (minutes:seconds) or a bare number of minutes.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let invalid = || format!("invalid duration {text:?}: use e.g. 20m, 90s, 1h30m or 12:30");
    if text.is_empty() {
        return Err(invalid());
    }
    if let Some((minutes, seconds)) = text.split_once(':') {
        let minutes: u64 = minutes.parse().map_err(|_| invalid())?;
        let seconds: u64 = seconds.parse().map_err(|_| invalid())?;
        if seconds >= 60 {
            return Err(invalid());
        }
        let total = minutes.checked_mul(60).and_then(|s| s.checked_add(seconds));
        return total.map(Duration::from_secs).ok_or_else(invalid);
    }
    if let Ok(minutes) = text.parse::<u64>() {
        return minutes
            .checked_mul(60)
            .map(Duration::from_secs)
            .ok_or_else(invalid);
    }
    let mut total = 0u64;
    let mut number = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => return Err(invalid()),
        };
        let value: u64 = number.parse().map_err(|_| invalid())?;
        total = value
            .checked_mul(unit)
            .and_then(|seconds| total.checked_add(seconds))
            .ok_or_else(invalid)?;
        number.clear();
    }
    if !number.is_empty() || total == 0 {
        return Err(invalid());
    }
    Ok(Duration::from_secs(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_too_long_to_count_are_refused_not_wrapped() {
        for text in [
            "307445734561825861",
            "307445734561825861:00",
            "99999999999999999999h",
            "307445734561825861m1s",
        ] {
            assert!(parse_duration(text).is_err(), "{text}");
        }
        assert_eq!(parse_duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse_duration("12:30"), Ok(Duration::from_secs(750)));
    }

    #[test]
    fn durations_read_as_people_write_them() {
        let at = Duration::from_secs;
        assert_eq!(parse_duration("20m"), Ok(at(1200)));
        assert_eq!(parse_duration("90s"), Ok(at(90)));
        assert_eq!(parse_duration("1h30m"), Ok(at(5400)));
        assert_eq!(parse_duration("12:30"), Ok(at(750)));
        assert_eq!(parse_duration("15"), Ok(at(900)));
        assert!(parse_duration("20x").is_err());
        assert!(parse_duration("m").is_err());
        assert!(parse_duration("").is_err());
        assert_eq!(clock(at(65)), "1:05");
        assert_eq!(clock(at(3725)), "1:02:05");
    }
}

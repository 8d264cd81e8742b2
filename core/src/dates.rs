//! Dates as a reader reads them.

/// `2020-08-23` → `23 August 2020`; anything else is shown as written.
pub fn human_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(m), Ok(d)) if (1..=12).contains(&m) => format!("{d} {} {y}", MONTHS[m - 1]),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::human_date;

    #[test]
    fn an_iso_date_is_written_out() {
        assert_eq!(human_date("2020-08-23"), "23 August 2020");
        assert_eq!(human_date("2026-11-03"), "3 November 2026");
    }

    #[test]
    fn anything_else_is_shown_as_written() {
        for s in ["2020-13-01", "2020-08", "23 Aug 2020", "", "2020-xx-01"] {
            assert_eq!(human_date(s), s);
        }
    }
}

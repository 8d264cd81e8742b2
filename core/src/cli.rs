//! What the authoring tools share (`check-content`, `map-request`): content files named on the command line, one
//! go at each, and an exit status that says whether every one went well (2 when none is named).

use std::process::ExitCode;

/// Runs `each` on every file named after the program, in order; `each` prints its own output and says whether
/// the file was fine.
pub fn run_on_files(usage: &str, mut each: impl FnMut(&str) -> bool) -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: {usage}");
        return ExitCode::from(2);
    }
    // Every file is tried, even after one fails: an author sees all the problems at once.
    let mut all_fine = true;
    for file in &files {
        all_fine &= each(file);
    }
    if all_fine {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

//! Watch mode, for the live preview: the article is rendered again on every save of its content file, its seed
//! text or its map extract, and one line on standard output says so (`preview: …`), which the preview's server
//! passes to the open tab as a reload.
//!
//! Each render runs in a child process (this program with `--preview`): the loader leaks the model for the life of
//! its process, so a long preview session would otherwise grow with every save.

use super::Job;
use notify::{Event, EventKind, RecursiveMode, Watcher};
use std::path::Path;
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Editors write a file in several steps (truncate, write, rename); the events of one save come within this.
const SAVE_SETTLES_IN: Duration = Duration::from_millis(60);

pub fn run(job: &Job) -> Result<(), Vec<String>> {
    let folders = watched_folders(&job.content_file);
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx).map_err(|e| vec![format!("cannot watch files: {e}")])?;
    for folder in &folders {
        watcher
            .watch(folder, RecursiveMode::NonRecursive)
            .map_err(|e| vec![format!("cannot watch {}: {e}", folder.display())])?;
    }
    render_and_report(job);
    while let Ok(first) = rx.recv() {
        let mut changed = is_a_save(&first);
        // Wait for the rest of the save, then render once.
        while let Ok(next) = rx.recv_timeout(SAVE_SETTLES_IN) {
            changed |= is_a_save(&next);
        }
        if changed {
            render_and_report(job);
        }
    }
    Ok(())
}

/// The content file's folder (the file and its seed text) and the map extracts' folder.
fn watched_folders(content_file: &Path) -> Vec<std::path::PathBuf> {
    let content_folder = content_file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut folders = vec![content_folder.to_path_buf()];
    if Path::new("map").is_dir() {
        folders.push("map".into());
    }
    folders
}

/// A change to a file an author writes, not an editor's swap or backup file, nor a read.
fn is_a_save(event: &notify::Result<Event>) -> bool {
    let Ok(event) = event else { return false };
    let writes = matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_));
    writes
        && event.paths.iter().any(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            (name.ends_with(".toml") || name.ends_with(".txt") || name.ends_with(".json")) && !name.starts_with('.')
        })
}

/// One render in a child process, and the line that tells the preview's server to reload the tab.
fn render_and_report(job: &Job) {
    let start = Instant::now();
    let status = std::env::current_exe().and_then(|exe| {
        Command::new(exe)
            .arg("--site")
            .arg(&job.site)
            .arg("--preview")
            .args([&job.content_file, &job.template, &job.dir])
            .stdout(std::process::Stdio::null())
            .status()
    });
    let ms = start.elapsed().as_millis();
    match status {
        Ok(s) if s.success() => println!("preview: rendered {} in {ms} ms", job.content_file.display()),
        Ok(_) => println!("preview: {} has problems; the page lists them ({ms} ms)", job.content_file.display()),
        Err(e) => println!("preview: cannot render {}: {e}", job.content_file.display()),
    }
}

//! The examples' binaries, built once per test run as a user's `cargo run --example` would.

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Mutex;

/// The example's binary, built if need be. Binaries sit beside the test's own directory:
/// `target/<profile>/examples` next to `target/<profile>/deps`.
pub fn example(name: &str) -> PathBuf {
    // Each example is built once per run, one build at a time, as cargo would serialize them.
    static BUILT: Mutex<Option<HashSet<String>>> = Mutex::new(None);
    let exe = std::env::current_exe().expect("the test knows its own path");
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("the test runs from target/<profile>/deps");
    let path = profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));

    let mut built = BUILT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if built
        .get_or_insert_with(HashSet::new)
        .insert(name.to_owned())
    {
        let mut build = Command::new(env!("CARGO"));
        build
            .args(["build", "--quiet", "--example", name])
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        match profile_dir.file_name().and_then(|p| p.to_str()) {
            Some("debug") | None => {}
            Some("release") => {
                build.arg("--release");
            }
            Some(profile) => {
                build.args(["--profile", profile]);
            }
        }
        match build.status() {
            Ok(status) => assert!(status.success(), "cargo build --example {name} failed"),
            // Without cargo at hand, a binary built before is the best there is.
            Err(error) => assert!(path.exists(), "cannot build the {name} example: {error}"),
        }
    }
    path
}

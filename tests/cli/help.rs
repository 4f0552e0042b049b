//! Completions cover the lookups in each shell; every `--help` example runs.

use super::*;

#[test]
fn completions_cover_the_lookups_in_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let script = ok(&["completions", shell]);
        for word in ["search", "show", "get", "cite", "timeline", "json"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    assert_eq!(run(&["completions", "tcsh-ish"]).status.code(), Some(2));
}

#[test]
fn every_lookup_help_has_an_example_that_runs() {
    for command in ["search", "show", "get", "cite", "completions"] {
        let help = ok(&[command, "--help"]);
        let examples = help
            .split("Examples:")
            .nth(1)
            .unwrap_or_else(|| panic!("{command} --help has no example"));
        for example in examples
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("briefing "))
        {
            let example = example.split(" > ").next().unwrap();
            let args = shell_words(example);
            let output = run(&args.iter().map(String::as_str).collect::<Vec<_>>()[1..]);
            assert_eq!(output.status.code(), Some(0), "example fails: {example}");
        }
    }
}

/// Splits a command line on spaces, keeping 'single-quoted' words whole.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '\'' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

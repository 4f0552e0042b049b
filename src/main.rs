//! The `briefing` binary: everything happens in the library.

fn main() -> std::process::ExitCode {
    briefing::cli::main()
}

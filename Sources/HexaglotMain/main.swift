import HexaglotCLI

// The `hexaglot` executable: the command itself lives in HexaglotCLI, which
// `hexaglot-bench once` also runs in process.
await HexaglotCommand.main()

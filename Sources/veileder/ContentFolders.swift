import ArgumentParser
import VeilederConsole

/// The dialogs folder as an argument and the locales folder as an option, shared by `check`, `test` and
/// `fingerprints`.
///
/// `chat` names the dialogs folder with `--dialogs` instead, so that a stray word after `veileder chat` is
/// reported as an error rather than taken for a folder.
struct ContentFolders: ParsableArguments {
    @Argument(help: ArgumentHelp("The folder of dialog files.", valueName: "DIR"), completion: .directory)
    var dialogs = "Dialogs"

    @Option(help: ArgumentHelp("The folder of translations (nb/, nn/, en/).", valueName: "DIR"), completion: .directory)
    var locales = "Locales"

    /// The loader for these folders; its advice on a wrong path names `DIR` and `--locales`.
    var loader: GuideLoader {
        GuideLoader(configuration: .init(dialogs: dialogs, locales: locales))
    }
}

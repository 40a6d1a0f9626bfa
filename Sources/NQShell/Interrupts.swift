import Foundation
import Synchronization

/// Ctrl-C: a SIGINT handler (without SA_RESTART, so libedit's read returns) that sets a flag which the
/// prompt and running statements poll.
public enum Interrupts {
    static let flag = Atomic<Bool>(false)

    public static var pending: Bool { flag.load(ordering: .relaxed) }

    public static func reset() { flag.store(false, ordering: .relaxed) }

    public static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupts.flag.store(true, ordering: .relaxed) }
        action.sa_flags = 0
        sigemptyset(&action.sa_mask)
        sigaction(SIGINT, &action, nil)
    }
}

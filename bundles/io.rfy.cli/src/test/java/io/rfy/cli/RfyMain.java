package io.rfy.cli;

/** The rfy command as a plain Java main, for tests that must run it in a process of its own. */
final class RfyMain {

    private RfyMain() {
    }

    public static void main(String[] args) {
        System.exit(new Rfy(System.out, System.err).run(args));
    }
}

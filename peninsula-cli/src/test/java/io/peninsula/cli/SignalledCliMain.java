package io.peninsula.cli;

/**
 * Child process for {@link InterruptCliTest}: runs the CLI ({@code args[1..]}) and prints
 * {@code started} on stderr once the main thread is inside a class whose name starts with
 * {@code args[0]} (the engine of the command). By then the command has registered its Ctrl-C
 * handling, so a SIGINT sent after that line always meets it, however slowly the machine runs.
 */
public final class SignalledCliMain {
  private SignalledCliMain() {}

  public static void main(String[] args) {
    String engine = args[0];
    Thread main = Thread.currentThread();
    Thread watcher = new Thread(() -> {
      while (true) {
        for (StackTraceElement f : main.getStackTrace())
          if (f.getClassName().startsWith(engine)) {
            System.err.println("started");
            System.err.flush();
            return;
          }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "started-watcher");
    watcher.setDaemon(true);
    watcher.start();
    Main.main(java.util.Arrays.copyOfRange(args, 1, args.length));
  }
}

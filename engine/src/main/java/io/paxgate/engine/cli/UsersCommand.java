package io.paxgate.engine.cli;

import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.security.Role;
import io.paxgate.engine.security.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./paxgate users}: people and airline keys in {@code security.dir}/users.json. A running
 * engine picks changes up within a second.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manage people (passwords) and airlines (API keys, client certificates).",
                "  users list | users add-person NAME --role R [--posts GYD,KVD] | users add-airline NAME --carriers J2 [--senders J2,J2API] [--certificate CN] | users remove NAME",
                "The password is read from the console, or from PAXGATE_PASSWORD. An airline's new API key is printed once."})
public final class UsersCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, add-person, add-airline or remove")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME")
    String name;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: config/paxgate.yaml of the installation).")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory as for serve --data (users in DIR/security).")
    Path data;

    @Option(names = "--role", paramLabel = "ROLE", description = "officer, analyst, supervisor or admin")
    String role;

    @Option(names = "--posts", split = ",", paramLabel = "POST", description = "An officer's border posts.")
    List<String> posts = List.of();

    @Option(names = "--carriers", split = ",", paramLabel = "CODE", description = "An airline's carrier codes.")
    List<String> carriers = List.of();

    @Option(names = "--senders", split = ",", paramLabel = "ID", description = "UNB sender ids it sends under (default: its carrier codes).")
    List<String> senders = List.of();

    @Option(names = "--certificate", paramLabel = "CN", description = "Subject CN of its TLS client certificate.")
    String certificate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path file = config != null ? config : DemoCommand.defaultConfig();
        EngineConfig ec = EngineConfig.load(file);
        if (data != null) {
            ec = ec.withDirs(data.resolve("journal"), data.resolve("alerts"));
        }
        UserStore store = UserStore.open(ec.security().dir());
        switch (action) {
            case "list" -> {
                store.users().forEach(u -> out.printf("%-20s %-10s %s%n", u.name(), u.role(), String.join(",", u.posts())));
                store.airlines().forEach(a -> out.printf("%-20s %-10s carriers %s senders %s, %d key(s)%s%n", a.name(), "airline",
                        a.carriers(), a.senders(), a.keys().size(), a.certificate() == null ? "" : ", certificate CN=" + a.certificate()));
            }
            case "add-person" -> {
                Role r = Role.parse(role);
                if (posts.isEmpty() && r == Role.OFFICER) {
                    throw new IllegalArgumentException("an officer needs --posts");
                }
                for (String p : posts) {
                    if (ec.posts().stream().noneMatch(x -> x.id().equals(p))) {
                        throw new IllegalArgumentException("no post " + p + " in " + file + " (alerts.posts)");
                    }
                }
                store.putUser(required(), r, posts, password());
                out.printf("%s (%s) saved in %s%n", name, r.wire(), store.file());
            }
            case "add-airline" -> {
                String key = store.putAirline(required(), carriers, senders, certificate);
                out.printf("airline %s saved in %s; its new API key (shown once): %s%n", name, store.file(), key);
            }
            case "remove" -> out.println(store.remove(required()) ? name + " removed" : "no user or airline " + name);
            default -> throw new IllegalArgumentException("unknown action \"" + action + "\": list, add-person, add-airline or remove");
        }
        out.flush();
        return 0;
    }

    private String required() {
        if (name == null) {
            throw new IllegalArgumentException(action + " needs a NAME");
        }
        return name;
    }

    private static String password() {
        String env = System.getenv("PAXGATE_PASSWORD");
        if (env != null) {
            return env;
        }
        Console c = System.console();
        if (c == null) {
            throw new IllegalArgumentException("no console to read the password from: set PAXGATE_PASSWORD");
        }
        char[] a = c.readPassword("password: ");
        char[] b = c.readPassword("again: ");
        if (a == null || !new String(a).equals(new String(b))) {
            throw new IllegalArgumentException("the passwords differ");
        }
        return new String(a);
    }
}

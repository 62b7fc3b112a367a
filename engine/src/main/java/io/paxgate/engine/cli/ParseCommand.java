package io.paxgate.engine.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paxgate.engine.json.Json;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.edifact.ParserLimits;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.multipart.MultipartAssembler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ./paxgate parse FILE...}: decodes PAXLST/PNRGOV files and prints one JSON object per
 * message (JSON Lines). Parts of a multi-part message given in one call are joined.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Decode PAXLST / PNRGOV files (EDIFACT with or without UNA, Type B wrapped or not, or PNRGOV XML)",
                "and print one JSON object per message (JSON Lines). Multi-part messages given in one call are joined.",
                "Problems outside any message are printed as an object of type \"INPUT\".",
                "Exit status: 0 all decoded without errors, 1 some input has error problems, 2 usage error."},
        exitCodeOnInvalidInput = 2)
public final class ParseCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to decode.")
    List<Path> files;

    @Option(names = "--max-input-bytes", paramLabel = "N",
            description = "Largest input accepted (default: ${DEFAULT-VALUE}).")
    int maxInputBytes = ParserLimits.DEFAULT.maxInputBytes();

    @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
    boolean pretty;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputDecoder decoder = new InputDecoder(ParserLimits.DEFAULT.withMaxInputBytes(maxInputBytes), Clock.systemUTC());
        List<DecodedMessage> messages = new ArrayList<>();
        Map<DecodedMessage, String> fileOf = new IdentityHashMap<>();
        List<ObjectNode> inputProblems = new ArrayList<>();
        boolean errors = false;
        for (Path f : files) {
            byte[] bytes;
            try {
                if (Files.size(f) > maxInputBytes) {
                    err.println("paxgate parse: " + f + " is " + Files.size(f) + " bytes, over the limit of "
                            + maxInputBytes + " (--max-input-bytes)");
                    errors = true;
                    continue;
                }
                bytes = Files.readAllBytes(f);
            } catch (NoSuchFileException e) {
                err.println("paxgate parse: no such file: " + f);
                return 2;
            } catch (IOException e) {
                err.println("paxgate parse: cannot read " + f + ": " + e.getMessage());
                return 2;
            }
            DecodeResult r = decoder.decode(bytes);
            for (DecodedMessage m : r.messages()) {
                messages.add(m);
                fileOf.put(m, f.toString());
            }
            if (!r.problems().isEmpty()) {
                ObjectNode n = Json.MAPPER.createObjectNode();
                n.put("type", "INPUT");
                n.put("file", f.toString());
                n.set("problems", Json.problems(r.problems()));
                inputProblems.add(n);
                errors |= r.problems().stream().anyMatch(p -> p.isError());
            }
        }
        var writer = pretty ? Json.MAPPER.writerWithDefaultPrettyPrinter() : Json.MAPPER.writer();
        for (DecodedMessage m : MultipartAssembler.assemble(messages)) {
            out.println(writer.writeValueAsString(Json.message(m, fileOf.get(m))));
            errors |= m.hasErrors();
        }
        for (ObjectNode n : inputProblems) {
            out.println(writer.writeValueAsString(n));
        }
        out.flush();
        return errors ? 1 : 0;
    }
}

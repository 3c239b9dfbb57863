package dev.roster.enrollment.web.apidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The problem codes the main code can answer, read from its source rather than repeated by hand: the
 * places a code is written down. Each pattern is a way the code base names a code today; a new way
 * needs a pattern here, or its codes go unchecked.
 */
final class ProblemCodesInTheSource {

    private static final String CODE = "\"([a-z]+(?:_[a-z]+)*)\"";
    private static final List<Pattern> WAYS = List.of(
            // a refusal's kind or a status, then its code: super(Kind.CONFLICT, "email_taken", ...),
            // new DomainException(DomainException.Kind.INVALID_INPUT, "invalid_paging", ...),
            // Problems.problem(HttpStatus.BAD_REQUEST, "invalid_parameter", ...), problems.write(response, HttpStatus.X, "...")
            Pattern.compile("(?:Kind|HttpStatus)\\.[A-Z_]+,\\s*" + CODE),
            // a refusal's code kept as a constant: ValidationException.CODE, InvalidReportPeriodException.CODE
            // (a class extending DomainException: Problems.CODE is the member's name, not a code)
            Pattern.compile("(?s)extends DomainException\\b.*\\bCODE\\s*=\\s*" + CODE),
            // an exception whose one argument is its code: new PurchaseRefusedException("course_full")
            Pattern.compile("new \\w+Exception\\(" + CODE + "\\)"),
            // a settlement's reason, answered as the declined purchase's code: settlement.reject(pending, "payment_declined")
            Pattern.compile("\\.reject\\(\\w+,\\s*" + CODE + "\\)"));

    private ProblemCodesInTheSource() {
    }

    static Set<String> of(Path sources) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String source = read(file);
                for (Pattern way : WAYS) {
                    Matcher matcher = way.matcher(source);
                    while (matcher.find()) {
                        codes.add(matcher.group(1));
                    }
                }
            });
        }
        return codes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.httpstatus.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parameters of an Authorization header are read back as any client writes them, and nothing else is. */
class AuthParamsTest {
    /** {@code value} as a quoted string, each quote and backslash after a backslash. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Property(tries = 500)
    void quotedParametersAreReadBackAsWritten(
            @ForAll @Size(max = 6)
                    Map<
                                    @NotEmpty @StringLength(max = 8) @CharRange(from = 'a', to = 'z') @Chars({'-', '_'})
                                    String,
                                    @StringLength(max = 12) @CharRange(from = ' ', to = '~') String>
                            parameters) {
        String written = parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + quoted(p.getValue()))
                .collect(Collectors.joining(", "));
        assertThat(AuthParams.parse(written)).contains(parameters);
    }

    @Property(tries = 500)
    void tokensAreReadWithOrWithoutSpaceAroundTheirSeparators(
            @ForAll @NotEmpty @StringLength(max = 8) @CharRange(from = 'a', to = 'z') String name,
            @ForAll @NotEmpty @StringLength(max = 12) @CharRange(from = '0', to = '9') @Chars({'!', '#', '-', '.', '~'})
                    String value,
            @ForAll @StringLength(max = 2) @Chars({' ', '\t'}) String space) {
        String written = name.toUpperCase(Locale.ROOT) + space + "=" + space + value + space + "," + space + "n-c=1";
        assertThat(AuthParams.parse(written)).contains(Map.of(name, value, "n-c", "1"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"a", "a=", "=b", "a=\"b", "a=\"b\\", "a=b c", "a=b, a=c", "a=\"b\"c", "a b=c", "a=b;c=d", "a=(b)"
            })
    void whatIsNotAListOfParametersIsNothing(String written) {
        assertThat(AuthParams.parse(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ",", " , ,a=1,, b=\"2\" ,"})
    void emptyElementsOfTheListAreSkipped(String written) {
        assertThat(AuthParams.parse(written)).isPresent();
    }
}

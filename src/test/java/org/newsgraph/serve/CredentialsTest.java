package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials for --allow-update: a file of user:password lines, or the environment. */
class CredentialsTest {

    @TempDir
    Path dir;

    @Test
    void readsUserPasswordLines() throws Exception {
        Path f = Files.writeString(dir.resolve("users"), "# editors\n\nalice:pa:ss word\r\n bob :x\n");
        assertEquals(Map.of("alice", "pa:ss word", "bob", "x"), Credentials.fromFile(f));
    }

    @Test
    void badFilesAreReportedWithTheirLine() throws IOException {
        assertMessage(Files.writeString(dir.resolve("a"), "alice\n"), "line 1: expected user:password");
        assertMessage(Files.writeString(dir.resolve("b"), "# x\nalice:\n"), "line 2: the password of 'alice' is empty");
        assertMessage(Files.writeString(dir.resolve("c"), ":pw\n"), "line 1: the user name is empty");
        assertMessage(Files.writeString(dir.resolve("d"), "a:1\na:2\n"), "line 2: user 'a' is given twice");
        assertMessage(Files.writeString(dir.resolve("e"), "# nothing\n"), "no user:password line");
        assertMessage(Files.write(dir.resolve("f"), new byte[] {'a', ':', (byte) 0xC3, 0x28}), "not valid UTF-8");
        assertMessage(dir.resolve("missing"), "no such password file");
    }

    @Test
    void theEnvironmentNeedsBothVariables() throws Exception {
        assertEquals(Map.of(), Credentials.fromEnvironment(Map.of()));
        assertEquals(Map.of("ed", "pw"), Credentials.fromEnvironment(Map.of("NEWSGRAPH_USER", "ed", "NEWSGRAPH_PASSWORD", "pw")));
        ServeException e = assertThrows(ServeException.class, () -> Credentials.fromEnvironment(Map.of("NEWSGRAPH_USER", "ed")));
        assertTrue(e.getMessage().contains("NEWSGRAPH_PASSWORD"), e.getMessage());
        assertThrows(ServeException.class, () -> Credentials.fromEnvironment(Map.of("NEWSGRAPH_USER", "ed", "NEWSGRAPH_PASSWORD", "")));
    }

    private static void assertMessage(Path file, String fragment) {
        ServeException e = assertThrows(ServeException.class, () -> Credentials.fromFile(file));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }
}

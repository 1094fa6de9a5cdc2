package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users allowed to write when updates are enabled, with their passwords: from a file of
 * {@code user:password} lines, or from the environment variables {@value #USER_VARIABLE} and
 * {@value #PASSWORD_VARIABLE}.
 */
public final class Credentials {

    public static final String USER_VARIABLE = "NEWSGRAPH_USER";
    public static final String PASSWORD_VARIABLE = "NEWSGRAPH_PASSWORD";

    private Credentials() {
    }

    /**
     * Reads a password file: one {@code user:password} a line (the password is everything after the first
     * colon, as written); blank lines and lines starting with {@code #} are ignored.
     */
    public static Map<String, String> fromFile(Path file) throws ServeException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ServeException(file + ": no such password file");
        } catch (MalformedInputException e) {
            throw new ServeException(file + ": not valid UTF-8 text");
        } catch (IOException e) {
            throw new ServeException(file + ": cannot read the password file (" + e.getMessage() + ")", e);
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String where = file + ", line " + (i + 1);
            if (colon < 0) {
                throw new ServeException(where + ": expected user:password");
            }
            String user = line.substring(0, colon).strip();
            String password = line.substring(colon + 1);
            check(user, password, where);
            if (users.put(user, password) != null) {
                throw new ServeException(where + ": user '" + user + "' is given twice");
            }
        }
        if (users.isEmpty()) {
            throw new ServeException(file + ": no user:password line in the password file");
        }
        return Collections.unmodifiableMap(users);
    }

    /** The user of {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}; empty if neither is set. */
    public static Map<String, String> fromEnvironment(Map<String, String> env) throws ServeException {
        String user = env.get(USER_VARIABLE);
        String password = env.get(PASSWORD_VARIABLE);
        if (user == null && password == null) {
            return Map.of();
        }
        if (user == null || password == null) {
            throw new ServeException("set both " + USER_VARIABLE + " and " + PASSWORD_VARIABLE + ", not only "
                    + (user == null ? PASSWORD_VARIABLE : USER_VARIABLE));
        }
        check(user.strip(), password, "the environment");
        return Map.of(user.strip(), password);
    }

    private static void check(String user, String password, String where) throws ServeException {
        if (user.isEmpty()) {
            throw new ServeException(where + ": the user name is empty");
        }
        if (password.isEmpty()) {
            throw new ServeException(where + ": the password of '" + user + "' is empty");
        }
        if (user.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new ServeException(where + ": the user name '" + user + "' contains spaces or control characters");
        }
    }
}

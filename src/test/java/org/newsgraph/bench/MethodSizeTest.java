package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsgraph.NewsGraph;

/**
 * No method of newsgraph is too long for the JIT compiler: HotSpot leaves a method of more than 8,000 bytes of
 * bytecode ({@code -XX:HugeMethodLimit}) to the interpreter for good, which made the office reading (10,331 bytes,
 * 8% of an article's time) run some ten times slower than the code around it. Regression: it was split in two.
 * The sizes are read from the class files (the {@code Code} attribute's length), with no library.
 */
class MethodSizeTest {

    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void everyMethodIsShortEnoughToBeCompiled() throws Exception {
        Path classes = Path.of(NewsGraph.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> huge = new ArrayList<>();
        int methods = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    for (String[] m : codeLengths(new DataInputStream(in))) {
                        methods++;
                        if (Integer.parseInt(m[1]) > HUGE_METHOD_LIMIT) {
                            huge.add(classes.relativize(f) + " " + m[0] + ": " + m[1] + " bytes");
                        }
                    }
                }
            }
        }
        assertTrue(methods > 1000, "read the methods of newsgraph's classes (" + methods + ")");
        assertFalse(!huge.isEmpty(), "methods the JIT compiler never compiles (split them): " + huge);
    }

    @Test
    void readsTheLengthOfAMethodsCode() throws Exception {
        try (InputStream in = MethodSizeTest.class.getResourceAsStream("MethodSizeTest.class")) {
            List<String[]> lengths = codeLengths(new DataInputStream(in));
            assertTrue(lengths.stream().anyMatch(m -> m[0].equals("codeLengths") && Integer.parseInt(m[1]) > 100),
                    "this class's own parser has over 100 bytes of code");
        }
    }

    /** Each method's name and the length of its bytecode, from a class file (JVMS 4). */
    static List<String[]> codeLengths(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // a long or double takes two entries
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        List<String[]> out = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.skipNBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipNBytes(2);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if ("Code".equals(attribute)) {
                    in.skipNBytes(4); // max stack, max locals
                    int code = in.readInt();
                    out.add(new String[] {name, Integer.toString(code)});
                    in.skipNBytes(length - 8L);
                } else {
                    in.skipNBytes(length);
                }
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt());
        }
    }
}

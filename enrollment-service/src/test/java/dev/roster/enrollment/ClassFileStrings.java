package dev.roster.enrollment;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The string constants of a compiled class, read from its constant pool: every SQL literal and text
 * block, and the recipes of concatenations ({@code "UPDATE course SET " + assignment}), but no comment.
 * What the architecture test scans for writes to tables; a few lines instead of a bytecode library.
 */
final class ClassFileStrings {

    private ClassFileStrings() {
    }

    static List<String> of(URI classFile) {
        try (InputStream in = classFile.toURL().openStream()) {
            return read(new DataInputStream(new BufferedInputStream(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classFile, e);
        }
    }

    private static List<String> read(DataInputStream data) throws IOException {
        data.readInt(); // magic
        data.readUnsignedShort(); // minor version
        data.readUnsignedShort(); // major version
        int count = data.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> strings = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = data.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[index] = data.readUTF(); // the class file's modified UTF-8 is DataInput's
                case 8 -> strings.add(data.readUnsignedShort());
                case 7, 16, 19, 20 -> data.readUnsignedShort();
                case 15 -> data.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> data.readInt();
                case 5, 6 -> {
                    data.readLong();
                    index++; // a long or double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return strings.stream().map(ref -> utf8[ref]).toList();
    }
}

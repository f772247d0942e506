package org.upright.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.upright.common.UprightException;

/**
 * The sample documents and ratification dataset that ship inside Upright (the build copies {@code samples/} into
 * the jar), copied out to a directory so that the demo ingests them as any user's files.
 */
final class DemoSamples {
    static final String ROOT = "org/upright/demo/samples";
    /** The directory of the ratification dataset among the samples. */
    static final String RATIFICATIONS = "un-ratification";

    private DemoSamples() {
    }

    /** Copies every bundled sample under {@code target} and returns the files copied. */
    static List<Path> copyTo(Path target) {
        URL url = DemoSamples.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new UprightException("the sample documents are missing from this build of Upright");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return copy(jar.getPath(ROOT), target);
                }
            }
            return copy(Path.of(uri), target);
        } catch (IOException e) {
            throw new UprightException("cannot copy the sample documents to " + target + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> copy(Path root, Path target) throws IOException {
        List<Path> copied = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path to = target.resolve(root.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
                copied.add(to);
            }
        }
        return copied;
    }
}

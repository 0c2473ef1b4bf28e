package io.rfy.ide;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.rfy.metadata.Endpoints;
import io.rfy.metadata.LookupSettings;
import io.rfy.metadata.MetadataCache;
import io.rfy.metadata.MetadataException;
import io.rfy.metadata.MetadataLookup;
import io.rfy.metadata.PaperIdentifier;
import io.rfy.metadata.PaperRecord;

/**
 * The metadata lookup of {@code io.rfy.metadata} as the IDE sets it up, the same one the CLI calls: the workspace
 * folder's cache ({@code .rfy/metadata/}) and the services' base URLs and time limit from the variables the CLI reads
 * ({@code RFY_ARXIV_API}, {@code RFY_OPENALEX_API}, {@code RFY_CROSSREF_API}, {@code RFY_OPENREVIEW_API},
 * {@code RFY_METADATA_TIMEOUT}). A Java system property of the same name wins over the environment, as an IDE is
 * more easily started with {@code -D} (in eclipse.ini or a launch configuration) than with its environment changed.
 */
public final class MetadataServices {

    private MetadataServices() {
    }

    /** The variables as the IDE reads them: the system property, else the environment variable. */
    public static final Function<String, String> SETTINGS = name -> {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    };

    /** A lookup for the workspace folder {@code root}; {@code offline} answers from its cache only. */
    public static MetadataLookup lookup(Path root, boolean offline) {
        return new MetadataLookup(Endpoints.from(SETTINGS), new MetadataCache(MetadataCache.folderOf(root)),
                LookupSettings.from(SETTINGS).withOffline(offline));
    }

    /**
     * The record of {@code id} (online, through the workspace's cache), asked on a thread of its own so that cancelling
     * {@code monitor} ends the wait at once: the lookup blocks on the network or on arXiv's 3 s pace, and the interrupt
     * that cancels it ends either. The quick fixes' jobs and the New Review wizard both ask through here.
     *
     * @throws OperationCanceledException when the monitor was cancelled before the answer came
     */
    public static PaperRecord lookup(Path root, PaperIdentifier id, IProgressMonitor monitor) throws MetadataException {
        java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "RFY metadata: " + id);
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.Future<PaperRecord> answer = thread.submit(() -> lookup(root, false).lookup(id));
            while (true) {
                try {
                    return answer.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (monitor != null && monitor.isCanceled()) {
                        answer.cancel(true);
                        throw new OperationCanceledException();
                    }
                } catch (InterruptedException e) {
                    answer.cancel(true);
                    Thread.currentThread().interrupt();
                    throw new OperationCanceledException();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof MetadataException m) {
                        throw m;
                    }
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            thread.shutdownNow();
        }
    }
}

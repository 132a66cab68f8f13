package vn.hcmc.feedback.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;
import vn.hcmc.feedback.system.Refusal;

/** The in-memory budget of uploaded files (issue 16, finding 8): requests beyond it wait, then 503; nothing leaks. */
class UploadsTest {

    static Uploads withBudget(long kb, Duration wait) {
        return new Uploads(new AttachmentProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(30), 5, 100,
                Duration.ofSeconds(1), DataSize.ofMegabytes(8), 48_000_000L, 2560, DataSize.ofKilobytes(kb), wait));
    }

    static MockMultipartFile file(int kb) {
        return new MockMultipartFile("files", "anh.png", "image/png", new byte[kb * 1024]);
    }

    @Test
    void aRequestWaitsForRoomWhileOthersFilesAreWorkedOnAndIsRefusedAfterTheWait() throws Exception {
        Uploads uploads = withBudget(10, Duration.ofMillis(300));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> uploads.admitted(List.of(file(4)),
                files -> {
                    inside.countDown();
                    await(release);
                    return files.get(0).content().length;
                }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(uploads.availableKb()).as("twice the file's size taken").isEqualTo(2);

        assertThatThrownBy(() -> uploads.admitted(List.of(file(4)), files -> "stored"))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(Refusal.Reason.UNAVAILABLE);
                    assertThat(r.slug()).isEqualTo("uploads-busy");
                    assertThat(r.properties()).containsKey(Refusal.RETRY_AFTER_SECONDS);
                });
        String withoutFiles = uploads.admitted(List.of(), files -> "no files, no wait");
        assertThat(withoutFiles).isEqualTo("no files, no wait");

        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> uploads.admitted(List.of(file(4)),
                files -> "stored"));
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(4096);
        assertThat(second.get(5, TimeUnit.SECONDS)).as("let in once the first is done").isEqualTo("stored");
        assertThat(uploads.availableKb()).as("all given back").isEqualTo(10);
    }

    @Test
    void theBudgetIsGivenBackWhenTheWorkFailsAndAFileLargerThanTheBudgetStillGoesAlone() {
        Uploads uploads = withBudget(10, Duration.ofMillis(100));
        assertThatThrownBy(() -> uploads.admitted(List.of(file(2)), files -> {
            throw Refusal.invalid("x", "refused");
        })).isInstanceOf(Refusal.class);
        assertThat(uploads.availableKb()).isEqualTo(10);
        Integer alone = uploads.admitted(List.of(file(30)), files -> files.size());
        assertThat(alone).as("alone, with the whole budget").isEqualTo(1);
        Integer nonEmpty = uploads.admitted(List.of(file(1), new MockMultipartFile("files", new byte[0])), List::size);
        assertThat(nonEmpty).as("empty parts are left out").isEqualTo(1);
        assertThat(uploads.availableKb()).isEqualTo(10);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

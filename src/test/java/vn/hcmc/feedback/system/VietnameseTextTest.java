package vn.hcmc.feedback.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsCaseTonesVowelMarksAndDStroke() {
        assertThat(VietnameseText.fold("Phường Bến Thành")).isEqualTo("phuong ben thanh");
        assertThat(VietnameseText.fold("ĐẶC KHU CÔN ĐẢO")).isEqualTo("dac khu con dao");
        assertThat(VietnameseText.fold("Ngập ở Đại lộ Bình Dương, ổ gà, ươn, ưỡn")).isEqualTo(
                "ngap o dai lo binh duong, o ga, uon, uon");
        assertThat(VietnameseText.fold("plain ascii 123")).isEqualTo("plain ascii 123");
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @Test
    void decomposedInputFoldsLikeComposedInput() {
        String decomposed = Normalizer.normalize("Thủ Đức, Hòa, Hoà", Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo("thu duc, hoa, hoa");
        assertThat(VietnameseText.lower(decomposed)).isEqualTo("thủ đức, hòa, hoà");
    }
}

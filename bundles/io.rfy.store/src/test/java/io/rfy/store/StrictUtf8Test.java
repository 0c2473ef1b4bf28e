package io.rfy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void validTextIsReturnedAsItIsEvenWithAReplacementCharacterInIt() throws Exception {
        String text = "Привет, Хабр! 🐱\nа вот \uFFFD, записанный как есть\n";
        assertEquals(text, StrictUtf8.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFirstBadByteIsPlacedByLineColumnAndOffset() {
        byte[] good = "🐱 line one\nline two\nсм. ".getBytes(StandardCharsets.UTF_8);
        byte[] cp1251 = "Хабр".getBytes(Charset.forName("windows-1251"));
        byte[] bytes = new byte[good.length + cp1251.length];
        System.arraycopy(good, 0, bytes, 0, good.length);
        System.arraycopy(cp1251, 0, bytes, good.length, cp1251.length);

        StrictUtf8.MalformedException e = assertThrows(StrictUtf8.MalformedException.class, () -> StrictUtf8.decode(bytes));
        assertEquals(3, e.line);
        assertEquals(5, e.column, "after 'см. ' (4 code points)");
        assertEquals(good.length, e.offset);
        assertEquals(0xd5, e.badByte, "windows-1251 'Х'");
        assertEquals("not valid UTF-8 (byte 0xd5 at offset " + good.length + ")", e.getMessage());
    }
}

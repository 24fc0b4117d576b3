package org.shangmen.identity.adapter.out.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AliyunRpcSignatureTest {

    /** The request of Alibaba Cloud's own SMS signature walk-through (key testId / testSecret). */
    static Map<String, String> documentedExample() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        p.put("AccessKeyId", "testId");
        p.put("SignatureVersion", "1.0");
        p.put("Timestamp", "2017-07-12T02:42:19Z");
        p.put("Format", "XML");
        p.put("Action", "SendSms");
        p.put("Version", "2017-05-25");
        p.put("RegionId", "cn-hangzhou");
        p.put("PhoneNumbers", "15300000001");
        p.put("SignName", "阿里云短信测试专用");
        p.put("TemplateParam", "{\"customer\":\"test\"}");
        p.put("TemplateCode", "SMS_71390007");
        p.put("OutId", "123");
        return p;
    }

    static final String DOCUMENTED_SIGNATURE = "zJDF+Lrzhj/ThnlvIToysFRq6t4=";

    @Test
    @DisplayName("C1.1 the Aliyun request signature matches Alibaba Cloud's documented SendSms example")
    void documentedSignature() {
        assertThat(AliyunRpcSignature.sign("GET", documentedExample(), "testSecret")).isEqualTo(DOCUMENTED_SIGNATURE);
    }

    @Test
    @DisplayName("C1.1 the Aliyun canonical query is sorted and RFC 3986 encoded (space %20, * %2A, ~ kept, UTF-8)")
    void canonicalQuery() {
        assertThat(AliyunRpcSignature.percentEncode("a b*c~d+e/f")).isEqualTo("a%20b%2Ac~d%2Be%2Ff");
        assertThat(AliyunRpcSignature.percentEncode("上门")).isEqualTo("%E4%B8%8A%E9%97%A8");
        assertThat(AliyunRpcSignature.canonicalQuery(documentedExample())).isEqualTo(
                "AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou"
                        + "&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8"
                        + "&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0"
                        + "&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D"
                        + "&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25");
    }
}

/**
 * Social sign-in adapters for the {@link org.shangmen.identity.application.port.out.SocialLogin} port:
 * WeChat and QQ over HTTP ({@code shangmen.social.provider=http}) and an offline development stand-in
 * ({@code dev}, the default).
 */
package org.shangmen.identity.adapter.out.social;

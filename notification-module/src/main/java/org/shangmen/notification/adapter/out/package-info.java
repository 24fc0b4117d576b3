/** Outgoing adapters of the notification module: persistence, WeChat subscribe messages, text messages, orders. */
package org.shangmen.notification.adapter.out;

/**
 * Small building blocks every module may use: the database bootstrap, paging, text folding for search,
 * error pages and API errors, and the locale switch.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.doanket.shared;

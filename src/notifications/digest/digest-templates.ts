/** A summary as plain text and as HTML. `{{recipientName}}` and `{{unsubscribeUrl}}` stay for the send step. */

export const TEXT_DIGEST = `{{phrases.greeting}} {{recipientName}},

{{intro}}
{{#if newActions.length}}

{{phrases.newActions}}
{{#each newActions}}

* {{reference}}: {{title}}
  {{summary}}
  {{@root.phrases.deadline}} {{deadline}}.
  {{@root.phrases.read}}: {{url}}
{{/each}}{{/if}}
{{#if updates.length}}

{{phrases.updates}}
{{#each updates}}

* {{reference}}: {{title}}
  {{updateTitle}}
  {{firstParagraph}}
  {{whatToDo}}
  {{url}}
{{/each}}{{/if}}

-- 
{{phrases.howOften}} {{preferencesUrl}}
{{phrases.unsubscribe}}: {{unsubscribeUrl}}
`;

export const HTML_DIGEST = `<!doctype html>
<html lang="{{language}}"><body>
<p>{{phrases.greeting}} {{recipientName}},</p>
<p>{{intro}}</p>
{{#if newActions.length}}<h1>{{phrases.newActions}}</h1>
{{#each newActions}}<h2><a href="{{url}}">{{reference}}: {{title}}</a></h2>
<p>{{summary}}</p>
<p>{{@root.phrases.deadline}} {{deadline}}.</p>
{{/each}}{{/if}}
{{#if updates.length}}<h1>{{phrases.updates}}</h1>
{{#each updates}}<h2><a href="{{url}}">{{reference}}: {{title}}</a></h2>
<h3>{{updateTitle}}</h3>
<p>{{firstParagraph}}</p>
<p><strong>{{whatToDo}}</strong></p>
{{/each}}{{/if}}
<p style="font-size:small">{{phrases.howOften}} <a href="{{preferencesUrl}}">{{preferencesUrl}}</a><br>
<a href="{{unsubscribeUrl}}">{{phrases.unsubscribe}}</a></p>
</body></html>
`;

/** One layout for every notice, as plain text and as HTML. `{{recipientName}}` and `{{unsubscribeUrl}}` stay for the send step. */

export const TEXT_NOTICE = `{{phrases.greeting}} {{recipientName}},

{{headline}}
{{action.reference}}: {{action.title}}

{{#if update}}{{update.title}}

{{update.body}}

{{whatToDo}}
{{else}}{{action.summary}}
{{/if}}
{{#if action.asks.length}}
{{phrases.asks}}:
{{#each action.asks}}- {{this}}
{{/each}}{{/if}}
{{#unless stopWriting}}{{phrases.deadline}} {{deadline}}.
{{/unless}}
-- 
{{phrases.unsubscribe}}: {{unsubscribeUrl}}
`;

export const HTML_NOTICE = `<!doctype html>
<html lang="{{language}}"><body>
<p>{{phrases.greeting}} {{recipientName}},</p>
<h1>{{headline}}</h1>
<h2>{{action.reference}}: {{action.title}}</h2>
{{#if update}}<h3>{{update.title}}</h3>
{{#each update.paragraphs}}<p>{{this}}</p>
{{/each}}<p><strong>{{whatToDo}}</strong></p>
{{else}}<p>{{action.summary}}</p>
{{/if}}
{{#if action.asks.length}}<p>{{phrases.asks}}:</p>
<ul>{{#each action.asks}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
{{#unless stopWriting}}<p>{{phrases.deadline}} {{deadline}}.</p>{{/unless}}
<p style="font-size:small"><a href="{{unsubscribeUrl}}">{{phrases.unsubscribe}}</a></p>
</body></html>
`;
